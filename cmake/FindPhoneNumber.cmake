# Google's libphonenumber (Debian: libphonenumber-dev), which ships neither a pkg-config file
# nor a CMake package. Defines the imported target PhoneNumber::PhoneNumber.
#
# Its public headers include protobuf's (phonenumber.pb.h holds the generated PhoneNumber
# message) and Abseil's containers (phonenumberutil.h). Protobuf comes through its own
# pkg-config file and is linked too, because the generated inline accessors call into it;
# Abseil is only needed as headers (libphonenumber.so carries its own dependency on the
# Abseil libraries).
find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_path(PhoneNumber_ABSL_INCLUDE_DIR absl/container/node_hash_map.h)
find_library(PhoneNumber_LIBRARY phonenumber)
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PhoneNumber_PROTOBUF QUIET IMPORTED_TARGET protobuf)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber
    REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR PhoneNumber_ABSL_INCLUDE_DIR
                  PhoneNumber_PROTOBUF_FOUND
    REASON_FAILURE_MESSAGE "install libphonenumber-dev (it brings libprotobuf-dev and libabsl-dev)")

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR};${PhoneNumber_ABSL_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES PkgConfig::PhoneNumber_PROTOBUF)
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_ABSL_INCLUDE_DIR PhoneNumber_LIBRARY)
