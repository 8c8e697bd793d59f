# `cpack -G DEB` in the build directory makes sic_<version>_<arch>.deb from the install rules
# (installer/CMakeLists.txt, linux/install.cmake). .ci/package builds, installs, checks and purges it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "sic")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The sic developers")
set(CPACK_PACKAGE_CONTACT "${SIC_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON) # the dev build is RelWithDebInfo; the package ships stripped binaries
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "remote-signature client (CSC API, PAdES, XAdES) and verifier")
# CPack writes the summary as the synopsis and indents these lines; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "sic signs PDF and XML documents with a key held by a remote signature
service (an RSSP speaking the Cloud Signature Consortium API): only the
document's hash leaves the machine, each signature is authorized with a PIN
and a one-time password, and the result is embedded as PAdES or XAdES,
verified and shown. Helpdesk staff verify signed PDF, XML and CMS files and
get one verdict per signature (EN 319 102-1) with an HTML, JSON or PDF
report.

This package contains the desktop app sic (Qt Quick, Japanese and English)
and the command-line tool sic-cli.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SIC_HOMEPAGE}")
# Shared libraries from dpkg-shlibdeps; what it cannot see is listed by hand: the QML modules the
# screens import and the plugins Qt loads at run time (.ci/package checks that every library the
# running app loads comes from a package in this closure): libqt6svg6 for the SVG image plugin.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(SIC_DEB_RUNTIME_DEPENDS
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qtqml-workerscript libqt6svg6)
list(JOIN SIC_DEB_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Japanese text needs a CJK font; the keychain needs a Secret Service (or KWallet) to keep refresh tokens.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils, xmlsec1")
# /etc/xdg/sic/policy.ini is the administrator's: dpkg keeps their edits on upgrade, purge removes it.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${CMAKE_CURRENT_LIST_DIR}/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
