# zxcvbn-c, the C port of Dropbox's password strength estimator (Debian: libzxcvbn-dev), which
# ships neither a pkg-config file nor a CMake package. Defines the imported target
# Zxcvbn::Zxcvbn. Its dictionaries are compiled into the library: nothing to load at run time.
find_path(Zxcvbn_INCLUDE_DIR zxcvbn.h)
find_library(Zxcvbn_LIBRARY zxcvbn)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Zxcvbn
    REQUIRED_VARS Zxcvbn_LIBRARY Zxcvbn_INCLUDE_DIR
    REASON_FAILURE_MESSAGE "install libzxcvbn-dev")

if(Zxcvbn_FOUND AND NOT TARGET Zxcvbn::Zxcvbn)
    add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED)
    set_target_properties(Zxcvbn::Zxcvbn PROPERTIES
        IMPORTED_LOCATION "${Zxcvbn_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Zxcvbn_INCLUDE_DIR}")
endif()
mark_as_advanced(Zxcvbn_INCLUDE_DIR Zxcvbn_LIBRARY)
