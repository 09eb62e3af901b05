# One interface target carries the flags every target of the project is built with.
add_library(peere_flags INTERFACE)
target_compile_features(peere_flags INTERFACE cxx_std_20)
set_target_properties(peere_flags PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(peere_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(PEERE_WERROR)
    target_compile_options(peere_flags INTERFACE -Werror)
endif()
# Qt's strict string handling: every conversion between bytes and text is spelled out.
target_compile_definitions(peere_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PEERE_VERSION="${PROJECT_VERSION}")
