# QpuUserProgram.cmake - one step from a C program to a program in /bin of the default
# disk image (include(QpuUserProgram)).
#
#   qpu_add_user_program(<name> SOURCES <file.c|file.s>... [FLAGS <flag>...]
#                        [ALIASES <other-name>...])
#       Builds <name>.qbin with `qcc-lite --target=user` against libc (target
#       bin_<name>, output ${CMAKE_CURRENT_BINARY_DIR}/bin_<name>.qbin) and has image/
#       install it as /bin/<name>.qbin, and as /bin/<alias>.qbin for each alias (names
#       without square brackets, which CMake lists cannot carry). Call it from any folder that the top level adds before image/
#       (bin/, examples/, or a folder of your own listed there).
include_guard(GLOBAL)
include(QpuTargets)

function(qpu_add_user_program name)
    cmake_parse_arguments(P "" "" "SOURCES;FLAGS;ALIASES" ${ARGN})
    if(NOT P_SOURCES)
        message(FATAL_ERROR "qpu_add_user_program(${name}): no SOURCES")
    endif()
    set(flags "")
    if(P_FLAGS)
        set(flags FLAGS ${P_FLAGS})
    endif()
    qpu_add_executable(bin_${name} TARGET user SOURCES ${P_SOURCES} ${flags})
    set_property(GLOBAL APPEND PROPERTY QPU_IMAGE_PROGRAMS "${name}")
    set_property(GLOBAL PROPERTY QPU_IMAGE_PROGRAM_FILE_${name}
                 "${CMAKE_CURRENT_BINARY_DIR}/bin_${name}.qbin")
    set_property(GLOBAL PROPERTY QPU_IMAGE_PROGRAM_ALIASES_${name} "${P_ALIASES}")
endfunction()
