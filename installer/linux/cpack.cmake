# `cpack -G DEB` in the build directory makes a Debian package of sic and sic-cli.
set(CPACK_PACKAGE_NAME "sic")
set(CPACK_PACKAGE_VENDOR "sic")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Remote-signature client (CSC API, PAdES, XAdES) and verifier")
set(CPACK_PACKAGE_CONTACT "sic maintainers")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-dialogs")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
