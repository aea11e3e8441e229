# Snowball's stemmers in C (Debian: libstemmer-dev), which ship neither a pkg-config file nor
# a CMake package. Defines the imported target Stemmer::Stemmer. The chat search stems
# Finnish words with it (core/WordStems).
find_path(Stemmer_INCLUDE_DIR libstemmer.h)
find_library(Stemmer_LIBRARY stemmer)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Stemmer
    REQUIRED_VARS Stemmer_LIBRARY Stemmer_INCLUDE_DIR
    REASON_FAILURE_MESSAGE "install libstemmer-dev")

if(Stemmer_FOUND AND NOT TARGET Stemmer::Stemmer)
    add_library(Stemmer::Stemmer UNKNOWN IMPORTED)
    set_target_properties(Stemmer::Stemmer PROPERTIES
        IMPORTED_LOCATION "${Stemmer_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Stemmer_INCLUDE_DIR}")
endif()
mark_as_advanced(Stemmer_INCLUDE_DIR Stemmer_LIBRARY)
