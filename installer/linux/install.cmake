# Desktop integration of the GUI on Linux: desktop entry, AppStream metainfo, hicolor icons, man
# pages, bash completion, the administrator's policy file and the package's documentation.
# Everything is generated in the build (target sic_desktop_files, part of ALL) so that `cmake
# --install` and `cpack` copy files the dev build already made.
find_program(SIC_RSVG_CONVERT rsvg-convert REQUIRED) # librsvg2-bin
find_program(SIC_HELP2MAN help2man REQUIRED)
find_program(SIC_GZIP gzip REQUIRED)

set(out ${CMAKE_CURRENT_BINARY_DIR}/linux)
file(MAKE_DIRECTORY ${out})

# The desktop entry wants "a;b;", the metainfo one <mediatype> per type.
set(SIC_DESKTOP_MIME_TYPES "${SIC_MIME_TYPES};")
set(SIC_MIME_PROVIDES "")
foreach(type ${SIC_MIME_TYPES})
  string(APPEND SIC_MIME_PROVIDES "<mediatype>${type}</mediatype>\n    ")
endforeach()
string(STRIP "${SIC_MIME_PROVIDES}" SIC_MIME_PROVIDES)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/sic.desktop.in ${out}/${SIC_APP_ID}.desktop @ONLY)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/sic.metainfo.xml.in ${out}/${SIC_APP_ID}.metainfo.xml @ONLY)
# The changelog's date is the release's (not the build's), so that rebuilding gives the same file.
execute_process(COMMAND date -u -R -d "${SIC_RELEASE_DATE} 00:00:00" OUTPUT_VARIABLE SIC_CHANGELOG_DATE
  OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND date -u -d "${SIC_RELEASE_DATE} 00:00:00" +%s OUTPUT_VARIABLE SIC_RELEASE_EPOCH
  OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog.in ${out}/changelog @ONLY)

# Icons: the small variant is drawn for 16-24 px, the full one for the rest.
set(icon_outputs "")
foreach(size 16 22 24 32 48 64 128 256 512)
  if(size LESS 32)
    set(svg ${CMAKE_CURRENT_SOURCE_DIR}/linux/icons/sic-small.svg)
  else()
    set(svg ${CMAKE_CURRENT_SOURCE_DIR}/linux/icons/sic.svg)
  endif()
  set(png ${out}/icons/${size}x${size}/${SIC_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out}/icons/${size}x${size}
    COMMAND ${SIC_RSVG_CONVERT} --width=${size} --height=${size} --output=${png} ${svg}
    DEPENDS ${svg} COMMENT "Rendering the ${size} px icon" VERBATIM)
  list(APPEND icon_outputs ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Man pages from each program's --help, and the compressed changelog lintian asks for.
set(make_manpage ${CMAKE_CURRENT_SOURCE_DIR}/linux/make-manpage.sh)
add_custom_command(OUTPUT ${out}/sic-cli.1.gz
  COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${SIC_RELEASE_EPOCH} bash ${make_manpage} $<TARGET_FILE:sic-cli> "remote-signature client and verifier (headless)"
          ${CMAKE_CURRENT_SOURCE_DIR}/linux/man/sic-cli.h2m ${out}/sic-cli.1.gz
  DEPENDS sic-cli ${make_manpage} ${CMAKE_CURRENT_SOURCE_DIR}/linux/man/sic-cli.h2m
  COMMENT "Generating the sic-cli man page" VERBATIM)
add_custom_command(OUTPUT ${out}/sic.1.gz
  COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${SIC_RELEASE_EPOCH} bash ${make_manpage} $<TARGET_FILE:sic> "remote-signature client and verifier"
          ${CMAKE_CURRENT_SOURCE_DIR}/linux/man/sic.h2m ${out}/sic.1.gz
  DEPENDS sic ${make_manpage} ${CMAKE_CURRENT_SOURCE_DIR}/linux/man/sic.h2m
  COMMENT "Generating the sic man page" VERBATIM)
add_custom_command(OUTPUT ${out}/changelog.gz
  COMMAND ${SIC_GZIP} -9n -c ${out}/changelog > ${out}/changelog.gz
  DEPENDS ${out}/changelog VERBATIM)
add_custom_target(sic_desktop_files ALL DEPENDS ${icon_outputs} ${out}/sic-cli.1.gz ${out}/sic.1.gz ${out}/changelog.gz)

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/icons/sic.svg
  DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps RENAME ${SIC_APP_ID}.svg)
install(FILES ${out}/${SIC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
install(FILES ${out}/${SIC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
install(FILES ${out}/sic-cli.1.gz ${out}/sic.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/sic-cli.bash-completion
  DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions RENAME sic-cli)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright ${out}/changelog.gz
  ${CMAKE_CURRENT_SOURCE_DIR}/linux/policy.ini.example DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Absolute on purpose: the app reads /etc/xdg/sic/policy.ini whatever the install prefix
# (core/settings, SettingsStore::systemPolicyFiles). A conffile in the package (cpack.cmake).
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/policy.ini DESTINATION /etc/xdg/sic)
# The translations (.qm) are compiled into both programs (translations/CMakeLists.txt, resource
# prefix /i18n), so the package carries them without files of their own; the desktop entry and the
# metainfo carry their Japanese text inline.
