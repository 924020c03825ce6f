# wrappers.cmake - qpu_libc_wrappers(<out-var> <list> <header>): one C source per line
# `PROTOTYPE = FUNCTION` of <list> (see src/math/wrappers.list), written into the build
# tree, defining the prototype's function as a call of FUNCTION with the same arguments,
# after `#include <header>`. A file is rewritten only when its text changes.
function(qpu_libc_wrappers out_var list header)
    get_filename_component(list_abs "${list}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    file(RELATIVE_PATH list_rel "${CMAKE_SOURCE_DIR}" "${list_abs}")
    get_filename_component(family "${list}" DIRECTORY)
    get_filename_component(family "${family}" NAME)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${list_abs}")
    file(STRINGS "${list_abs}" lines REGEX "^[^#]")
    set(sources "")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "^(.*[ *])([a-z_0-9]+)\\((.*)\\) = ([a-z_0-9]+)$")
            message(FATAL_ERROR "${list_rel}: cannot read '${line}'")
        endif()
        set(result "${CMAKE_MATCH_1}")
        set(name "${CMAKE_MATCH_2}")
        set(params "${CMAKE_MATCH_3}")
        set(callee "${CMAKE_MATCH_4}")
        string(REPLACE "," ";" param_list "${params}")
        set(args "")
        foreach(p IN LISTS param_list)
            string(REGEX MATCH "[A-Za-z_0-9]+$" arg "${p}")
            list(APPEND args "${arg}")
        endforeach()
        list(JOIN args ", " args)
        set(file "${CMAKE_CURRENT_BINARY_DIR}/wrappers/${family}/${name}.c")
        file(CONFIGURE OUTPUT "${file}" @ONLY CONTENT
"/* ${name}.c - generated from ${list_rel}: ${name} is ${callee}. */
#include <${header}>

${result}${name}(${params}) { return ${callee}(${args}); }
")
        list(APPEND sources "${file}")
    endforeach()
    set(${out_var} "${sources}" PARENT_SCOPE)
endfunction()
