# Small helpers shared by the component CMakeLists files.

# sic_add_core_library(NAME sources... LINKS targets...)
# A core library: Qt Core (and what it asks for), never Qt Quick or Widgets.
function(sic_add_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(${name} PUBLIC ${ARG_LINKS})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# sic_add_qtest(NAME source LINKS targets... [LABELS labels...] [FIXTURES fixtures...] [ENV env...])
# A Qt Test executable registered with CTest. Label "unit" marks tests that
# need no external service; the asan build runs those.
function(sic_add_qtest name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINKS;LABELS;FIXTURES;ENV" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SIC_SOURCE_DIR=${PROJECT_SOURCE_DIR};SIC_BUILD_DIR=${PROJECT_BINARY_DIR};${ARG_ENV}")
  if(ARG_FIXTURES)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
  endif()
  # The sanitizer build compiles only what its unit tests need (target sic_unit_tests).
  if("unit" IN_LIST ARG_LABELS)
    if(NOT TARGET sic_unit_tests)
      add_custom_target(sic_unit_tests)
    endif()
    add_dependencies(sic_unit_tests ${name})
  endif()
endfunction()

# Adds every immediate subdirectory of the current source dir that has a CMakeLists.txt,
# so that components can be added without editing a shared list.
function(sic_add_all_subdirectories)
  file(GLOB children LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*)
  list(SORT children)
  foreach(child ${children})
    if(IS_DIRECTORY ${child} AND EXISTS ${child}/CMakeLists.txt)
      add_subdirectory(${child})
    endif()
  endforeach()
endfunction()
