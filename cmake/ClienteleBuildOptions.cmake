# One INTERFACE target carries the project's compile policy; every target of ours links it.
add_library(clientele_build_options INTERFACE)
target_compile_features(clientele_build_options INTERFACE cxx_std_20)
target_compile_definitions(clientele_build_options INTERFACE
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    CLIENTELE_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(clientele_build_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(clientele_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>)
endif()

if(CLIENTELE_SANITIZE)
    target_compile_options(clientele_build_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(clientele_build_options INTERFACE -fsanitize=address,undefined)
endif()
