# Compile settings every Tallenne target gets. Settings go on targets, not globally.
function(tallenne_target_defaults target)
    cmake_parse_arguments(D "TEST_CODE" "" "" ${ARGN})
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2
        -Werror
        -fstack-protector-strong -fstack-clash-protection -fcf-protection)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS
        TALLENNE_VERSION="${PROJECT_VERSION}")
    if(D_TEST_CODE)
        # A test's own code is not optimised (the code it tests is): it builds in a fraction of
        # the time, and FORTIFY, which needs optimisation, is left to the code under test.
        target_compile_options(${target} PRIVATE -O0)
    elseif(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT TALLENNE_SANITIZE)
        # FORTIFY needs optimisation; under the sanitizers it only adds noise.
        target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
    endif()
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    target_link_options(${target} PRIVATE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)
    if(TALLENNE_SANITIZE)
        target_compile_options(${target} PRIVATE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# An executable is position independent too (PIE), for ASLR.
function(tallenne_executable_defaults target)
    tallenne_target_defaults(${target} ${ARGN})
    target_link_options(${target} PRIVATE -pie)
endfunction()

# The compile settings of a test with these libraries (tallenne_add_test).
function(tallenne_test_compile_settings target)
    tallenne_executable_defaults(${target} TEST_CODE)
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARGN})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${target} PRIVATE
        TALLENNE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        TALLENNE_BIN_DIR="${PROJECT_BINARY_DIR}/src/app")
endfunction()

# With TALLENNE_PCH, the Qt headers every test includes are parsed once per folder and set of
# libraries (a precompiled header shared through REUSE_FROM) instead of once per test: the
# suite builds in about half the time (CI builds it twice). GCC uses a precompiled header only
# where the macros it depends on (QT_WIDGETS_LIB, QT_TESTCASE_BUILDDIR, …) are the same, hence
# one per folder and set of libraries.
option(TALLENNE_PCH "Precompile the Qt headers of the tests" OFF)
function(tallenne_test_pch target)
    if(NOT TALLENNE_PCH)
        return()
    endif()
    string(MD5 key "${CMAKE_CURRENT_SOURCE_DIR};${ARGN}")
    string(SUBSTRING "${key}" 0 10 key)
    set(anchor tallenne_test_pch_${key})
    if(NOT TARGET ${anchor})
        add_executable(${anchor} ${PROJECT_SOURCE_DIR}/tests/support/PchAnchor.cpp)
        set_target_properties(${anchor} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        tallenne_test_compile_settings(${anchor} ${ARGN})
        target_precompile_headers(${anchor} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support/TestPch.h)
    endif()
    target_precompile_headers(${target} REUSE_FROM ${anchor})
endfunction()

# Registers a QtTest executable with CTest.
#   tallenne_add_test(NAME tst_x SOURCES a.cpp LIBS tallenne_core [LABELS l] [TIMEOUT s] [ARGS a…])
# Each test gets the offscreen platform and a throwaway HOME and XDG directories, so no
# test reads or writes the developer's settings or keychain configuration.
function(tallenne_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    tallenne_test_compile_settings(${T_NAME} ${T_LIBS})
    tallenne_test_pch(${T_NAME} ${T_LIBS})
    set(home ${CMAKE_CURRENT_BINARY_DIR}/home/${T_NAME})
    add_test(NAME ${T_NAME}
        COMMAND /bin/sh ${PROJECT_SOURCE_DIR}/tests/run-one.sh ${home} $<TARGET_FILE:${T_NAME}> ${T_ARGS})
    if(T_TIMEOUT)
        # QtTest's own watchdog stops a test function after 300 s; a longer ctest timeout
        # raises it too (in milliseconds), or the watchdog would fire first under the sanitizers.
        math(EXPR watchdog_ms "${T_TIMEOUT} * 1000")
        # The timeout is also the test's cost: ctest starts the costly ones first when it has
        # no times of its own yet (a fresh build, as in CI), so they do not end last, alone.
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} COST ${T_TIMEOUT}
                             ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=${watchdog_ms}")
    else()
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT 300)
    endif()
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
