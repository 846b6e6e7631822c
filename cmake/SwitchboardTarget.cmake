# Compiler settings every Switchboard target shares: warnings, strict Qt string
# handling (STYLE.md) and the optional sanitizers.

add_library(switchboard_settings INTERFACE)
target_compile_options(switchboard_settings INTERFACE -Wall -Wextra -Wpedantic)
if(SWITCHBOARD_WERROR)
  target_compile_options(switchboard_settings INTERFACE -Werror)
endif()
target_compile_definitions(switchboard_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS)
if(SWITCHBOARD_SANITIZE)
  target_compile_options(switchboard_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(switchboard_settings INTERFACE -fsanitize=address,undefined)
endif()

# switchboard_add_library(name SOURCES ... DEPENDS ...)
function(switchboard_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC switchboard_settings ${ARG_DEPENDS})
endfunction()

# switchboard_add_test(name SOURCES ... DEPENDS ... [LABELS ...])
function(switchboard_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPENDS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE switchboard_settings Qt6::Test ${ARG_DEPENDS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    LABELS "${ARG_LABELS}")
  if(ARG_TIMEOUT)
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
  endif()
endfunction()
