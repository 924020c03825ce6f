# run_expect.cmake - runs a .qbin on qvm and checks its exit status (cmake -P script).
# Variables: QVM, PROG, EXPECT.
if(NOT EXISTS "${PROG}")
    message(FATAL_ERROR "${PROG} was not built (build the qld_test_prog target)")
endif()
execute_process(COMMAND "${QVM}" "${PROG}" RESULT_VARIABLE status
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL EXPECT)
    message(FATAL_ERROR "${PROG}: exit status ${status}, expected ${EXPECT}\n${out}${err}")
endif()
