# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts where, and the Debian package CPack builds from it
# (docs/packaging.md; tools/package.sh runs it). The programs themselves are installed by
# app/CMakeLists.txt; everything else is here.
#
#   bin/scalelab, bin/scalelab-cli
#   share/scalelab/{lessons,examples,translations}/      found from the executable's folder
#   share/applications/<id>.desktop, share/metainfo/<id>.metainfo.xml
#   share/mime/packages/<id>.xml                          application/x-scalelab-scenario
#   share/icons/hicolor/{scalable,NxN}/apps/<id>.{svg,png}
#   share/man/man1/scalelab.1.gz, scalelab-cli.1.gz
#   share/doc/scalelab/{copyright,changelog.Debian.gz}
if(SCALELAB_CORE_ONLY)
  return()
endif()
include(GNUInstallDirs)

# The project's public identity, in one place. The homepage is a placeholder until the
# project has one: the AppStream screenshots are <SCALELAB_SCREENSHOT_URL>/<name>.png,
# copies of docs/screenshots/ that the homepage has to serve. The application id names
# the desktop, metainfo, MIME and icon files: choose it for good before a first public
# release (a changed id loses users' file associations).
set(SCALELAB_HOMEPAGE "https://scalelab.example.org" CACHE STRING
  "Project homepage (AppStream, Debian control and copyright files)")
if(NOT SCALELAB_SCREENSHOT_URL)
  set(SCALELAB_SCREENSHOT_URL "${SCALELAB_HOMEPAGE}/screenshots")
endif()
set(SCALELAB_APP_ID "org.scalelab.ScaleLab")
set(SCALELAB_MAINTAINER "ScaleLab maintainers <maintainers@scalelab.example.org>" CACHE STRING
  "Maintainer of the Debian package: Name <address>")
set(SCALELAB_DEB_RELEASE 1)
set(SCALELAB_DEB_VERSION "${PROJECT_VERSION}-${SCALELAB_DEB_RELEASE}")

set(SCALELAB_SHARE ${CMAKE_INSTALL_DATADIR}/scalelab)
set(SCALELAB_PKG_SRC ${PROJECT_SOURCE_DIR}/resources/packaging)
set(SCALELAB_PKG_GEN ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${SCALELAB_PKG_GEN})
# Whatever the umask of the machine building the package.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# `cpack` (and the install target) must not first build everything, tests and benchmarks
# included: tools/package.sh builds what is installed (scalelab, scalelab-cli, and
# scalelab_data, which building scalelab also makes).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

# Data read by the programs (not the lesson generators in lessons/tools).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lessons/ DESTINATION ${SCALELAB_SHARE}/lessons
  FILES_MATCHING PATTERN "*.json" PATTERN "*.svg" PATTERN "*.png" PATTERN "tools" EXCLUDE)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${SCALELAB_SHARE}/examples
  FILES_MATCHING PATTERN "*.json")
# The GUI's translations are compiled into the program (cmake/Translations.cmake); the
# .qm files are installed as well for whoever wants to load them from the prefix.
install(DIRECTORY DESTINATION ${SCALELAB_SHARE}/translations)
if(SCALELAB_QM_FILES)
  install(FILES ${SCALELAB_QM_FILES} DESTINATION ${SCALELAB_SHARE}/translations)
endif()

# Desktop integration.
configure_file(${SCALELAB_PKG_SRC}/scalelab.desktop.in
  ${SCALELAB_PKG_GEN}/${SCALELAB_APP_ID}.desktop @ONLY)
configure_file(${SCALELAB_PKG_SRC}/scalelab.metainfo.xml.in
  ${SCALELAB_PKG_GEN}/${SCALELAB_APP_ID}.metainfo.xml @ONLY)
configure_file(${SCALELAB_PKG_SRC}/scalelab-mime.xml.in
  ${SCALELAB_PKG_GEN}/${SCALELAB_APP_ID}.xml @ONLY)
install(FILES ${SCALELAB_PKG_GEN}/${SCALELAB_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SCALELAB_PKG_GEN}/${SCALELAB_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${SCALELAB_PKG_GEN}/${SCALELAB_APP_ID}.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

# Icon: the SVG as drawn, and PNGs rendered from it by librsvg (Debian: librsvg2-bin).
set(SCALELAB_APP_ICON ${PROJECT_SOURCE_DIR}/resources/icons/app.svg)
install(FILES ${SCALELAB_APP_ICON} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
  RENAME ${SCALELAB_APP_ID}.svg)
set(SCALELAB_PKG_OUTPUTS "")
find_program(SCALELAB_RSVG_CONVERT rsvg-convert)
if(SCALELAB_RSVG_CONVERT)
  foreach(size 16 24 32 48 64 128 256)
    set(png ${SCALELAB_PKG_GEN}/icons/${size}/${SCALELAB_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${SCALELAB_PKG_GEN}/icons/${size}
      COMMAND ${SCALELAB_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${SCALELAB_APP_ICON}
      DEPENDS ${SCALELAB_APP_ICON}
      VERBATIM)
    list(APPEND SCALELAB_PKG_OUTPUTS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
else()
  message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the icon is installed as SVG only")
endif()

# Man pages (docs/man, written by hand) and the Debian changelog, compressed as Debian
# wants them (gzip -9n: no name or time stamp, so the package is reproducible).
function(scalelab_gzip in out)
  add_custom_command(OUTPUT ${out}
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh ${in} ${out}
    DEPENDS ${in}
    VERBATIM)
  set(SCALELAB_PKG_OUTPUTS ${SCALELAB_PKG_OUTPUTS} ${out} PARENT_SCOPE)
endfunction()
foreach(page scalelab.1 scalelab-cli.1)
  scalelab_gzip(${PROJECT_SOURCE_DIR}/docs/man/${page} ${SCALELAB_PKG_GEN}/man/${page}.gz)
  install(FILES ${SCALELAB_PKG_GEN}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
file(MAKE_DIRECTORY ${SCALELAB_PKG_GEN}/man)

# copyright (DEP-5) and changelog.Debian: templates whose "# " comment lines are dropped.
function(scalelab_configure_text in out)
  file(READ ${in} text)
  string(REGEX REPLACE "(^|\n)# [^\n]*" "" text "${text}")
  string(REGEX REPLACE "^\n+" "" text "${text}")
  file(CONFIGURE OUTPUT ${out} CONTENT "${text}" @ONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${in})
endfunction()
scalelab_configure_text(${SCALELAB_PKG_SRC}/copyright.in ${SCALELAB_PKG_GEN}/copyright)
scalelab_configure_text(${SCALELAB_PKG_SRC}/changelog.Debian.in ${SCALELAB_PKG_GEN}/changelog.Debian)
scalelab_gzip(${SCALELAB_PKG_GEN}/changelog.Debian ${SCALELAB_PKG_GEN}/changelog.Debian.gz)
install(FILES ${SCALELAB_PKG_GEN}/copyright ${SCALELAB_PKG_GEN}/changelog.Debian.gz
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/scalelab)

# Generated files are built with the GUI (so `cmake --build B --target scalelab` is
# enough before `cmake --install B`) and with "all".
add_custom_target(scalelab_data ALL DEPENDS ${SCALELAB_PKG_OUTPUTS})
add_dependencies(scalelab scalelab_data)

# The Debian package: tools/package.sh, or `cpack --config <build>/CPackConfig.cmake`.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME scalelab)
set(CPACK_PACKAGE_VENDOR "The ScaleLab authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SCALELAB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "simulator that teaches how web systems scale")
set(CPACK_PACKAGE_DESCRIPTION
"ScaleLab is a desktop program that teaches how a web system grows from one
server to millions of users. You build an architecture on a canvas (users,
DNS, CDN, load balancers, web servers, caches, replicated databases, shards,
message queues, data centers, monitoring, autoscaling), run it, inject traffic
spikes and failures, and watch what happens on live charts.
.
It comes with fourteen guided lessons with teacher notes, a presenter mode for
the classroom, exports (diagrams, charts, CSV, PDF reports, animated GIFs), and
scalelab-cli to validate, run and sweep scenario files without a window.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${SCALELAB_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SCALELAB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SCALELAB_HOMEPAGE}")
# Depends from the libraries the programs link (dpkg-shlibdeps, from dpkg-dev). Qt's
# xcb platform plugin and the SVG icon plugin come with libqt6gui6 and libqt6svg6,
# which the computed list names anyway.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own German texts (standard dialogs); ScaleLab's are in the program.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
