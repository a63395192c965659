# SPDX-License-Identifier: GPL-3.0-or-later
# Qt Linguist workflow (translations/README.md).
#   lrelease runs at build time: translations/scalelab_<lang>.ts -> scalelab_<lang>.qm,
#   embedded in scalelab_ui's resources as ":/i18n/scalelab_<lang>.qm", so the build
#   tree, the tests and an installed copy all find it without a path.
#   lupdate never runs by itself (the committed .ts stays stable): run
#     cmake --build <build> --target scalelab_lupdate
#   after changing user-visible strings.
if(SCALELAB_CORE_ONLY)
  return()
endif()
file(GLOB SCALELAB_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/scalelab_*.ts)
if(NOT SCALELAB_TS_FILES)
  return()
endif()
# Strings come from the ui library and the desktop program (not the CLI: docs/translations.md).
file(GLOB_RECURSE SCALELAB_LUPDATE_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/app/gui/*.cpp ${PROJECT_SOURCE_DIR}/app/gui/*.h)
set(SCALELAB_LUPDATE_OPTIONS -locations none -no-obsolete)
set(SCALELAB_QM_DIR ${CMAKE_CURRENT_BINARY_DIR}/translations)
file(MAKE_DIRECTORY ${SCALELAB_QM_DIR})

# Qt's CMake API for Linguist comes with qt6-tools-dev on Debian; the programs alone
# (lupdate, lrelease) with qt6-l10n-tools. Either is enough: without the CMake package
# the same two steps are written out below.
find_package(Qt6 QUIET COMPONENTS LinguistTools)
if(Qt6LinguistTools_FOUND)
  qt_add_lupdate(scalelab_ui
    TS_FILES ${SCALELAB_TS_FILES}
    SOURCES ${SCALELAB_LUPDATE_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui
    NO_GLOBAL_TARGET
    OPTIONS ${SCALELAB_LUPDATE_OPTIONS})
  add_custom_target(scalelab_lupdate DEPENDS scalelab_ui_lupdate)
  set_source_files_properties(${SCALELAB_TS_FILES} PROPERTIES OUTPUT_LOCATION ${SCALELAB_QM_DIR})
  qt_add_lrelease(scalelab_ui
    TS_FILES ${SCALELAB_TS_FILES}
    NO_GLOBAL_TARGET
    QM_FILES_OUTPUT_VARIABLE SCALELAB_QM_FILES
    OPTIONS -silent)
else()
  find_program(SCALELAB_LRELEASE NAMES lrelease lrelease-qt6
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} /usr/lib/qt6/bin)
  find_program(SCALELAB_LUPDATE NAMES lupdate lupdate-qt6
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} /usr/lib/qt6/bin)
  if(NOT SCALELAB_LRELEASE OR NOT SCALELAB_LUPDATE)
    message(WARNING "lrelease/lupdate not found (Debian: qt6-l10n-tools): ScaleLab builds in English only")
    return()
  endif()
  set(SCALELAB_QM_FILES "")
  foreach(ts ${SCALELAB_TS_FILES})
    get_filename_component(base ${ts} NAME_WE)
    set(qm ${SCALELAB_QM_DIR}/${base}.qm)
    add_custom_command(OUTPUT ${qm}
      COMMAND ${SCALELAB_LRELEASE} -silent ${ts} -qm ${qm}
      DEPENDS ${ts}
      COMMENT "lrelease ${base}.ts"
      VERBATIM)
    list(APPEND SCALELAB_QM_FILES ${qm})
  endforeach()
  # Manual only (never part of "all"): rescans the sources and rewrites the .ts files.
  add_custom_target(scalelab_lupdate
    COMMAND ${SCALELAB_LUPDATE} ${SCALELAB_LUPDATE_OPTIONS}
            ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app/gui -ts ${SCALELAB_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "lupdate: refreshing translations/*.ts from the sources"
    VERBATIM)
endif()

# The contexts of the catalogue, for the run-time fallback of ui/i18n/Language.cpp.
set(SCALELAB_TS_CONTEXTS "")
foreach(ts ${SCALELAB_TS_FILES})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ts})
  file(STRINGS ${ts} names REGEX "<name>.*</name>")
  foreach(n ${names})
    string(REGEX REPLACE ".*<name>(.*)</name>.*" "\\1" n "${n}")
    list(APPEND SCALELAB_TS_CONTEXTS "${n}")
  endforeach()
endforeach()
list(REMOVE_DUPLICATES SCALELAB_TS_CONTEXTS)
list(JOIN SCALELAB_TS_CONTEXTS "\n" SCALELAB_TS_CONTEXTS)
file(CONFIGURE OUTPUT ${SCALELAB_QM_DIR}/scalelab_contexts.txt CONTENT "${SCALELAB_TS_CONTEXTS}\n")
qt_add_resources(scalelab_ui scalelab_translations
  PREFIX /i18n
  BASE ${SCALELAB_QM_DIR}
  FILES ${SCALELAB_QM_FILES} ${SCALELAB_QM_DIR}/scalelab_contexts.txt)
