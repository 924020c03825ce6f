# QpuTargets.cmake - building software that runs on the QPU (include(QpuTargets)).
#
#   qpu_compile(<out-var> TARGET <bare|user|kernel> SOURCES <file>...
#               [OUTPUT_DIR <dir>] [FLAGS <flag>...] [DEPENDS <file-or-target>...])
#       One object per source: `.s` through `qasm -c`, `.c` through
#       `qcc-lite -c --target=<t> FLAGS`. Sets <out-var> to the list of object paths.
#
#   qpu_add_library(<name> TARGET <t> SOURCES <file>... [OUTPUT <file.a>]
#                   [FLAGS ...] [DEPENDS ...])
#       Custom target <name> building an `ar` archive (default
#       ${CMAKE_CURRENT_BINARY_DIR}/lib<name>.a); its path is the target's QPU_ARCHIVE
#       property, so other rules can name the library by target.
#
#   qpu_add_object(<name> TARGET <t> SOURCE <file> OUTPUT <file.o> [FLAGS ...] [DEPENDS ...])
#       Custom target <name> building one object at a chosen path (e.g. the sysroot's
#       crt0.o); its path is the target's QPU_OBJECT property.
#
#   qpu_add_executable(<name> TARGET <t> SOURCES <file>... [OBJECTS <target-or-file.o>...]
#                      [LIBS <target-or-file.a>...] [BASE <addr>] [ENTRY <symbol>]
#                      [NOSTDLIB] [FLAGS ...] [DEPENDS ...])
#       Custom target <name> linking with qld: <name>.qbin, <name>.elf and <name>.map in
#       ${CMAKE_CURRENT_BINARY_DIR}; inputs in the order crt0, SOURCES, OBJECTS, LIBS,
#       libc. Unless NOSTDLIB: the sysroot's crt0.o comes first
#       (not for TARGET kernel) and its libc.a last
#       (${QPU_SYSROOT}/lib/<t>/{crt0.o,libc.a}); if a target `qpu_sysroot_<t>` exists
#       (made by libc/), the link waits for it.
#
# Every rule depends on its sources and on the tool that runs it, so editing a source or
# rebuilding a tool rebuilds what depends on it. `.c` files also get the headers they
# include (a depfile written by qcc-lite -MD, through cpp).

include_guard(GLOBAL)

set(QPU_SYSROOT "${CMAKE_BINARY_DIR}/sysroot" CACHE PATH
    "Where libc installs headers, crt0.o and libc.a for the QPU targets")

function(_qpu_check_target t)
    if(NOT t MATCHES "^(bare|user|kernel)$")
        message(FATAL_ERROR "QPU TARGET must be bare, user or kernel (got '${t}')")
    endif()
endfunction()

function(qpu_compile out_var)
    cmake_parse_arguments(PARSE_ARGV 1 Q "" "TARGET;OUTPUT_DIR" "SOURCES;FLAGS;DEPENDS")
    _qpu_check_target("${Q_TARGET}")
    if(NOT Q_OUTPUT_DIR)
        set(Q_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/qpu-objects")
    endif()
    set(objects "")
    foreach(src IN LISTS Q_SOURCES)
        get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
        string(REGEX REPLACE "[/.]+" "_" stem "${rel}")
        string(REGEX REPLACE "_(s|c)$" "" stem "${stem}")
        set(obj "${Q_OUTPUT_DIR}/${stem}.o")
        if(abs MATCHES "\\.s$")
            add_custom_command(OUTPUT "${obj}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${Q_OUTPUT_DIR}"
                COMMAND $<TARGET_FILE:qasm> -c -o "${obj}" "${abs}"
                MAIN_DEPENDENCY "${abs}"
                DEPENDS qasm ${Q_DEPENDS}
                COMMENT "qasm -c ${rel}"
                VERBATIM)
        elseif(abs MATCHES "\\.c$")
            add_custom_command(OUTPUT "${obj}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${Q_OUTPUT_DIR}"
                COMMAND $<TARGET_FILE:qcc-lite> -c --target=${Q_TARGET} ${Q_FLAGS}
                        -MD -MF "${obj}.d" -MT "${obj}" -o "${obj}" "${abs}"
                MAIN_DEPENDENCY "${abs}"
                DEPENDS qcc-lite ${Q_DEPENDS}
                DEPFILE "${obj}.d"
                COMMENT "qcc-lite -c --target=${Q_TARGET} ${rel}"
                VERBATIM)
        else()
            message(FATAL_ERROR "qpu_compile: ${src}: not a .s or .c file")
        endif()
        list(APPEND objects "${obj}")
    endforeach()
    set(${out_var} "${objects}" PARENT_SCOPE)
endfunction()

function(qpu_add_library name)
    cmake_parse_arguments(PARSE_ARGV 1 Q "" "TARGET;OUTPUT" "SOURCES;FLAGS;DEPENDS")
    if(NOT Q_OUTPUT)
        set(Q_OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/lib${name}.a")
    endif()
    get_filename_component(outdir "${Q_OUTPUT}" DIRECTORY)
    qpu_compile(objects TARGET "${Q_TARGET}" SOURCES ${Q_SOURCES} FLAGS ${Q_FLAGS}
                DEPENDS ${Q_DEPENDS} OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/${name}.dir")
    # Rebuilt from scratch so members of deleted sources do not linger.
    add_custom_command(OUTPUT "${Q_OUTPUT}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${outdir}"
        COMMAND "${CMAKE_COMMAND}" -E rm -f "${Q_OUTPUT}"
        COMMAND "${CMAKE_AR}" rcs "${Q_OUTPUT}" ${objects}
        DEPENDS ${objects}
        COMMENT "ar ${name}"
        VERBATIM)
    add_custom_target(${name} ALL DEPENDS "${Q_OUTPUT}")
    set_target_properties(${name} PROPERTIES QPU_ARCHIVE "${Q_OUTPUT}")
endfunction()

function(qpu_add_object name)
    cmake_parse_arguments(PARSE_ARGV 1 Q "" "TARGET;SOURCE;OUTPUT" "FLAGS;DEPENDS")
    if(NOT Q_SOURCE OR NOT Q_OUTPUT)
        message(FATAL_ERROR "qpu_add_object(${name}): SOURCE and OUTPUT are required")
    endif()
    qpu_compile(objects TARGET "${Q_TARGET}" SOURCES ${Q_SOURCE} FLAGS ${Q_FLAGS}
                DEPENDS ${Q_DEPENDS} OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/${name}.dir")
    get_filename_component(outdir "${Q_OUTPUT}" DIRECTORY)
    add_custom_command(OUTPUT "${Q_OUTPUT}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${outdir}"
        COMMAND "${CMAKE_COMMAND}" -E copy "${objects}" "${Q_OUTPUT}"
        DEPENDS ${objects}
        VERBATIM)
    add_custom_target(${name} ALL DEPENDS "${Q_OUTPUT}")
    set_target_properties(${name} PROPERTIES QPU_OBJECT "${Q_OUTPUT}")
endfunction()

# Appends to <files_var> the file of each item (a target with property <prop>, or a
# path) and to <targets_var> the targets among them.
function(_qpu_resolve_inputs files_var targets_var prop)
    set(files ${${files_var}})
    set(targets ${${targets_var}})
    foreach(item IN LISTS ARGN)
        if(TARGET ${item})
            get_target_property(file ${item} ${prop})
            if(NOT file)
                message(FATAL_ERROR "${item} is not a QPU target with ${prop}")
            endif()
            list(APPEND files "${file}")
            list(APPEND targets ${item})
        else()
            list(APPEND files "${item}")
        endif()
    endforeach()
    set(${files_var} "${files}" PARENT_SCOPE)
    set(${targets_var} "${targets}" PARENT_SCOPE)
endfunction()

function(qpu_add_executable name)
    cmake_parse_arguments(PARSE_ARGV 1 Q "NOSTDLIB" "TARGET;BASE;ENTRY"
                          "SOURCES;OBJECTS;LIBS;FLAGS;DEPENDS")
    qpu_compile(objects TARGET "${Q_TARGET}" SOURCES ${Q_SOURCES} FLAGS ${Q_FLAGS}
                DEPENDS ${Q_DEPENDS} OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/${name}.dir")
    set(inputs "")
    set(depends "")
    if(NOT Q_NOSTDLIB AND NOT Q_TARGET STREQUAL "kernel")
        list(APPEND inputs "${QPU_SYSROOT}/lib/${Q_TARGET}/crt0.o")
    endif()
    list(APPEND inputs ${objects})
    _qpu_resolve_inputs(inputs depends QPU_OBJECT ${Q_OBJECTS})
    _qpu_resolve_inputs(inputs depends QPU_ARCHIVE ${Q_LIBS})
    if(NOT Q_NOSTDLIB)
        list(APPEND inputs "${QPU_SYSROOT}/lib/${Q_TARGET}/libc.a")
        if(TARGET qpu_sysroot_${Q_TARGET})
            list(APPEND depends qpu_sysroot_${Q_TARGET})
        endif()
    endif()
    set(options "")
    if(Q_BASE)
        list(APPEND options --base ${Q_BASE})
    endif()
    if(Q_ENTRY)
        list(APPEND options -e ${Q_ENTRY})
    endif()
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${name}")
    add_custom_command(OUTPUT "${out}.qbin" "${out}.elf" "${out}.map"
        COMMAND $<TARGET_FILE:qld> -o "${out}.qbin" --elf "${out}.elf" --map "${out}.map"
                ${options} ${inputs}
        DEPENDS qld ${inputs} ${depends}
        COMMENT "qld ${name}.qbin"
        VERBATIM)
    add_custom_target(${name} ALL DEPENDS "${out}.qbin")
    set_target_properties(${name} PROPERTIES QPU_QBIN "${out}.qbin" QPU_ELF "${out}.elf"
                                             QPU_MAP "${out}.map")
endfunction()
