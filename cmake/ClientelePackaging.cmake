# Installation and packages. Included from the top-level CMakeLists.txt after the app targets exist.
#
#   Linux:   cpack -G DEB       -> clientele_<version>-1_<arch>.deb (Debian/Ubuntu)
#   Windows: cpack -G NSIS      -> Clientele-<version>-win64.exe   (Qt deployed with windeployqt)
#   macOS:   cpack -G DragNDrop -> Clientele-<version>-Darwin.dmg  (Qt deployed with macdeployqt)
#
# .github/workflows/package.yml builds all three; tests/package checks the .deb.

include(GNUInstallDirs)

set(CLIENTELE_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(CLIENTELE_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/clientele.svg")
# The PNG sizes of the hicolor icon theme that desktops look up.
set(CLIENTELE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
# The release date in the AppStream metadata: the build date, or SOURCE_DATE_EPOCH when set.
string(TIMESTAMP CLIENTELE_RELEASE_DATE "%Y-%m-%d" UTC)

if(APPLE)
    # The bundle is Clientele.app; clientele-cli lives beside the GUI inside it.
    set_target_properties(clientele PROPERTIES
        OUTPUT_NAME Clientele
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/packaging/Info.plist")
    configure_file("${CLIENTELE_PACKAGING_DIR}/macos/Info.plist.in"
                   "${CMAKE_CURRENT_BINARY_DIR}/packaging/Info.plist" @ONLY)
    set(clientele_icns "${PROJECT_SOURCE_DIR}/resources/icons/clientele.icns")
    target_sources(clientele PRIVATE "${clientele_icns}")
    set_source_files_properties("${clientele_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    install(TARGETS clientele BUNDLE DESTINATION .)
    install(TARGETS clientele-cli RUNTIME DESTINATION Clientele.app/Contents/MacOS)
elseif(WIN32)
    # The executable's icon (Explorer, taskbar, the installer's shortcuts).
    configure_file("${CLIENTELE_PACKAGING_DIR}/windows/clientele.rc.in"
                   "${CMAKE_CURRENT_BINARY_DIR}/packaging/clientele.rc" @ONLY)
    target_sources(clientele PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/packaging/clientele.rc")
    # windeployqt copies Qt and its plugins; the other DLLs (QuaZip, FreeXL, libxlsxwriter, zlib…)
    # come from the runtime dependency set, searched where vcpkg put them.
    install(TARGETS clientele clientele-cli
        RUNTIME_DEPENDENCY_SET clientele_runtime
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(clientele_dll_dirs "")
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND clientele_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND clientele_dll_dirs "${prefix}/bin")
    endforeach()
    install(RUNTIME_DEPENDENCY_SET clientele_runtime
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$"
        DIRECTORIES ${clientele_dll_dirs})
else()
    install(TARGETS clientele clientele-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Qt's own deployment tools, run at install time (so also inside cpack). Translations of the app are
# compiled into the executable (:/i18n/, see ClienteleTranslations.cmake); windeployqt adds Qt's.
if(WIN32 OR APPLE)
    # The other programs (clientele-cli and the helper processes core starts) sit beside the GUI.
    set(clientele_deploy_extra "")
    foreach(program IN ITEMS clientele-cli clientele-xls-reader clientele-xlsx-writer)
        if(NOT TARGET ${program})
            continue()
        endif()
        if(APPLE)
            list(APPEND clientele_deploy_extra "Clientele.app/Contents/MacOS/$<TARGET_FILE_NAME:${program}>")
        else()
            list(APPEND clientele_deploy_extra "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${program}>")
        endif()
    endforeach()
    if(APPLE)
        set(clientele_deploy_executable "Clientele.app")
    else()
        set(clientele_deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:clientele>")
    endif()
    list(JOIN clientele_deploy_extra "\" \"" clientele_deploy_extra)
    set(clientele_deploy_script "${CMAKE_CURRENT_BINARY_DIR}/packaging/deploy-clientele.cmake")
    file(GENERATE OUTPUT "${clientele_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"${clientele_deploy_executable}\"
    ADDITIONAL_EXECUTABLES \"${clientele_deploy_extra}\"
    GENERATE_QT_CONF
    VERBOSE)
")
    install(SCRIPT "${clientele_deploy_script}")
endif()

# Desktop integration on Linux: launcher, AppStream metadata, MIME type, icons, man pages.
if(UNIX AND NOT APPLE)
    set(clientele_packaging_out "${CMAKE_CURRENT_BINARY_DIR}/packaging")
    configure_file("${CLIENTELE_PACKAGING_DIR}/linux/clientele.desktop.in"
                   "${clientele_packaging_out}/${CLIENTELE_APP_ID}.desktop" @ONLY)
    configure_file("${CLIENTELE_PACKAGING_DIR}/linux/clientele.metainfo.xml.in"
                   "${clientele_packaging_out}/${CLIENTELE_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${clientele_packaging_out}/${CLIENTELE_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${clientele_packaging_out}/${CLIENTELE_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${CLIENTELE_PACKAGING_DIR}/linux/clientele-mime.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
            RENAME "${CLIENTELE_APP_ID}.xml")

    # The icon under the application id (what the .desktop file names) and as the MIME type's icon.
    install(FILES "${CLIENTELE_ICON_SVG}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME "${CLIENTELE_APP_ID}.svg")
    install(FILES "${CLIENTELE_ICON_SVG}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
            RENAME "application-x-clientele-database.svg")
    # PNGs rendered from the SVG at build time (rsvg-convert, Debian package librsvg2-bin).
    find_program(CLIENTELE_RSVG_CONVERT rsvg-convert)
    if(CLIENTELE_RSVG_CONVERT)
        set(clientele_pngs "")
        foreach(size IN LISTS CLIENTELE_ICON_SIZES)
            set(png "${clientele_packaging_out}/icons/${size}x${size}/${CLIENTELE_APP_ID}.png")
            add_custom_command(OUTPUT "${png}"
                COMMAND ${CMAKE_COMMAND} -E make_directory "${clientele_packaging_out}/icons/${size}x${size}"
                COMMAND "${CLIENTELE_RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${CLIENTELE_ICON_SVG}"
                DEPENDS "${CLIENTELE_ICON_SVG}"
                COMMENT "Rendering the ${size}x${size} icon"
                VERBATIM)
            list(APPEND clientele_pngs "${png}")
            install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(clientele_icons ALL DEPENDS ${clientele_pngs})
    else()
        message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the package gets no PNG icons")
    endif()

    # Man pages, gzip-compressed as Debian policy asks.
    find_program(CLIENTELE_GZIP gzip)
    set(clientele_man_pages "")
    foreach(page IN ITEMS clientele.1 clientele-cli.1)
        configure_file("${CLIENTELE_PACKAGING_DIR}/man/${page}" "${clientele_packaging_out}/man/${page}" @ONLY)
        if(CLIENTELE_GZIP)
            add_custom_command(OUTPUT "${clientele_packaging_out}/man/${page}.gz"
                COMMAND "${CLIENTELE_GZIP}" -9n -c "${clientele_packaging_out}/man/${page}"
                        > "${clientele_packaging_out}/man/${page}.gz"
                DEPENDS "${clientele_packaging_out}/man/${page}"
                COMMENT "Compressing the man page ${page}")
            list(APPEND clientele_man_pages "${clientele_packaging_out}/man/${page}.gz")
        else()
            list(APPEND clientele_man_pages "${clientele_packaging_out}/man/${page}")
        endif()
    endforeach()
    add_custom_target(clientele_man_pages ALL DEPENDS ${clientele_man_pages})
    install(FILES ${clientele_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# ---------------------------------------------------------------------------------------------------
# CPack
set(CPACK_PACKAGE_NAME "clientele")
set(CPACK_PACKAGE_VENDOR "Clientele developers")
set(CPACK_PACKAGE_CONTACT "Clientele developers <clientele@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters, as Debian's control file wants them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Clientele takes customer spreadsheets in (CSV in any common encoding, XLSX,"
    "XLS), keeps customers, orders, interactions and surveys in a local SQLite"
    "database and scores every customer: RFM, tiers, lifecycle stage, churn risk"
    "and predicted lifetime value. It comes in English and Simplified Chinese,"
    "with the command-line tool clientele-cli.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Clientele")
# Values reach the generators as written here (no second level of backslash escaping).
set(CPACK_VERBATIM_VARIABLES ON)
# RelWithDebInfo binaries carry their debug info; users do not need it.
set(CPACK_STRIP_FILES TRUE)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\.git/")

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "Clientele-${PROJECT_VERSION}-macOS")
    set(CPACK_DMG_VOLUME_NAME "Clientele ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/clientele.icns")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "Clientele-${PROJECT_VERSION}-win64")
    # A Start Menu entry for the GUI.
    set(CPACK_PACKAGE_EXECUTABLES "clientele;Clientele")
    set(CPACK_NSIS_PACKAGE_NAME "Clientele")
    set(CPACK_NSIS_DISPLAY_NAME "Clientele ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/clientele.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/clientele.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\clientele.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Offers to put bin\ (clientele-cli) on PATH.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_CREATE_DESKTOP_LINKS clientele)
    # Double-clicking a .clientele file opens it: the same association the .desktop file makes.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
        WriteRegStr SHCTX 'Software\\Classes\\.clientele' '' 'Clientele.Database'
        WriteRegStr SHCTX 'Software\\Classes\\Clientele.Database' '' 'Clientele database'
        WriteRegStr SHCTX 'Software\\Classes\\Clientele.Database\\DefaultIcon' '' '$INSTDIR\\bin\\clientele.exe,0'
        WriteRegStr SHCTX 'Software\\Classes\\Clientele.Database\\shell\\open\\command' '' '\"$INSTDIR\\bin\\clientele.exe\" \"%1\"'
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
        DeleteRegKey SHCTX 'Software\\Classes\\Clientele.Database'
        DeleteRegKey SHCTX 'Software\\Classes\\.clientele'
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
    # The libraries we link come from dpkg-shlibdeps (libqt6svg6 among them, which also holds the
    # SVG icon engine). It cannot see what Qt loads at run time: the platform plugins (xcb,
    # wayland, offscreen) and the SQLite driver.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
    # Qt's own Chinese strings (standard buttons, file dialogs) and a font with Chinese glyphs.
    # Recommends (installed by default by apt): an English-only desk needs neither.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei")
endif()

include(CPack)
