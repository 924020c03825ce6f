# QpuGrammar.cmake - a Flex scanner and Bison parser pair for a host tool.
#
#   qpu_grammar(<out-var> PARSER <file.y> LEXER <file.l>)
#       Generates <name>.c/.h from the grammar and <name>.c from the scanner (names as the
#       sources, in the current binary dir), makes the scanner wait for the parser's
#       header, relaxes the warnings generated code is known to trigger (on those files
#       only), and sets <out-var> to the generated sources to add to a target.
include_guard(GLOBAL)
find_package(BISON 3.0 REQUIRED)
find_package(FLEX 2.6 REQUIRED)

function(qpu_grammar out_var)
    cmake_parse_arguments(PARSE_ARGV 1 G "" "PARSER;LEXER" "")
    get_filename_component(parser "${G_PARSER}" NAME_WE)
    get_filename_component(lexer "${G_LEXER}" NAME_WE)
    set(dir "${CMAKE_CURRENT_BINARY_DIR}")
    bison_target(${out_var}_parser "${G_PARSER}" "${dir}/${parser}.c"
                 DEFINES_FILE "${dir}/${parser}.h")
    flex_target(${out_var}_lexer "${G_LEXER}" "${dir}/${lexer}.c")
    add_flex_bison_dependency(${out_var}_lexer ${out_var}_parser)
    set(generated ${BISON_${out_var}_parser_OUTPUTS} ${FLEX_${out_var}_lexer_OUTPUTS})
    set_source_files_properties(${generated} PROPERTIES
        COMPILE_OPTIONS "-Wno-unused-function;-Wno-sign-compare;-Wno-unused-parameter")
    set(${out_var} ${generated} PARENT_SCOPE)
endfunction()
