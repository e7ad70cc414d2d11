# Translations: lupdate over the sources of core, ui and app; lrelease into .qm files embedded under
# :/i18n/. Included from the top-level CMakeLists.txt after the targets it scans exist.
#
#   cmake --build <dir> --target update_translations   refreshes resources/translations/*.ts
#
# clientele_zh_CN.ts holds the Chinese translation; clientele_en.ts only the plural forms of the source
# language (lupdate -pluralonly), as English needs nothing else.

set(CLIENTELE_TS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")
set(CLIENTELE_TS_ZH "${CLIENTELE_TS_DIR}/clientele_zh_CN.ts")
set(CLIENTELE_TS_EN "${CLIENTELE_TS_DIR}/clientele_en.ts")

# Absolute paths of the C++ sources of the targets whose strings are translated.
set(clientele_i18n_sources "")
set(clientele_i18n_includes "")
foreach(target IN ITEMS clientele_core clientele_ui clientele clientele-cli)
    if(NOT TARGET ${target})
        continue()
    endif()
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        if(source MATCHES "\\.(cpp|h)$" AND NOT source MATCHES "\\$<")
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" NORMALIZE)
            list(APPEND clientele_i18n_sources "${source}")
        endif()
    endforeach()
    list(APPEND clientele_i18n_includes "${source_dir}")
endforeach()
list(APPEND clientele_i18n_includes "${PROJECT_SOURCE_DIR}/core" "${PROJECT_SOURCE_DIR}/ui")
list(REMOVE_DUPLICATES clientele_i18n_includes)

# The library that carries the compiled catalogues; clientele_ui links it.
add_library(clientele_translations STATIC)
target_link_libraries(clientele_translations PRIVATE Qt6::Core)

qt_add_lupdate(clientele_translations
    TS_FILES "${CLIENTELE_TS_ZH}"
    SOURCES ${clientele_i18n_sources}
    INCLUDE_DIRECTORIES ${clientele_i18n_includes}
    OPTIONS -no-obsolete -locations none)
# A second lupdate target for the source language's plural forms; its name only has to be unique.
add_custom_target(clientele_translations_en)
qt_add_lupdate(clientele_translations_en
    TS_FILES "${CLIENTELE_TS_EN}"
    SOURCES ${clientele_i18n_sources}
    INCLUDE_DIRECTORIES ${clientele_i18n_includes}
    OPTIONS -no-obsolete -locations none -pluralonly)

qt_add_lrelease(clientele_translations
    TS_FILES "${CLIENTELE_TS_ZH}" "${CLIENTELE_TS_EN}"
    QM_FILES_OUTPUT_VARIABLE clientele_qm_files)
qt_add_resources(clientele_translations "clientele_i18n"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${clientele_qm_files})

target_link_libraries(clientele_ui PRIVATE clientele_translations)
