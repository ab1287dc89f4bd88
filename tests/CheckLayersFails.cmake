cmake_minimum_required(VERSION 3.25)
# Shows that CheckLayers.cmake fails on an include that runs backwards: in a scratch copy of the
# sources, each case below adds one include that breaks a rule, and the check must fail naming
# that file and include; on the untouched copy it must pass.
#   cmake -DSOURCE_DIR=<repo> -DSCRATCH=<empty folder> -P CheckLayersFails.cmake
file(REMOVE_RECURSE "${SCRATCH}")
foreach(dir layout fonts app)
    file(COPY "${SOURCE_DIR}/${dir}" DESTINATION "${SCRATCH}")
endforeach()

function(run_check)
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SCRATCH}
                            -P ${CMAKE_CURRENT_LIST_DIR}/CheckLayers.cmake
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    set(check_status "${status}" PARENT_SCOPE)
    set(check_output "${out}" PARENT_SCOPE)
endfunction()

run_check()
if(NOT check_status EQUAL 0)
    message(FATAL_ERROR "the layer check fails on the sources as they are:\n${check_output}")
endif()

# A folder that is no stage: its files would be checked by nothing.
file(MAKE_DIRECTORY "${SCRATCH}/layout/newstage")
file(WRITE "${SCRATCH}/layout/newstage/Thing.h" "#pragma once\n")
run_check()
file(REMOVE_RECURSE "${SCRATCH}/layout/newstage")
string(FIND "${check_output}" "layout/newstage" named)
if(check_status EQUAL 0 OR named EQUAL -1)
    message(FATAL_ERROR "the layer check took a folder that is no stage: ${check_output}")
endif()
message(STATUS "refused as it should be: layout/newstage, a folder that is no stage")
run_check()
if(NOT check_status EQUAL 0)
    message(FATAL_ERROR "the layer check fails on the sources as they are:\n${check_output}")
endif()

# file | include to add | words the failure must have
set(cases
    "layout/text/Shape.h|layout/proof/Review.h|runs backwards"
    "layout/model/Story.h|layout/flow/BlockFlow.h|runs backwards"
    "layout/pdf/PdfExporter.h|layout/document/Document.h|runs backwards"
    "layout/base/Units.h|layout/nosuchstage/Thing.h|is not one of"
    "app/edit/PageDocument.h|app/ui/MainWindow.h|runs backwards"
    "layout/flow/BlockFlow.cpp|layout/compose/AutoCompose.h|runs backwards"
    "app/ui/MainWindow.h|app/cli/PageCommands.h|does not use the command's code"
    "layout/output/PageLayout.h|QString|no Qt below app/")
foreach(case IN LISTS cases)
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts 0 file)
    list(GET parts 1 include)
    list(GET parts 2 words)
    file(READ "${SCRATCH}/${file}" original)
    file(WRITE "${SCRATCH}/${file}" "${original}\n#include \"${include}\"\n")
    run_check()
    file(WRITE "${SCRATCH}/${file}" "${original}")
    if(check_status EQUAL 0)
        message(FATAL_ERROR "the layer check passed with ${file} including ${include}")
    endif()
    string(FIND "${check_output}" "${file}: #include \"${include}\"" named)
    string(FIND "${check_output}" "${words}" said)
    if(named EQUAL -1 OR said EQUAL -1)
        message(FATAL_ERROR "the layer check failed on ${file} including ${include}, but did not "
                            "name it with '${words}':\n${check_output}")
    endif()
    message(STATUS "refused as it should be: ${file} including ${include}")
endforeach()
file(REMOVE_RECURSE "${SCRATCH}")
