cmake_minimum_required(VERSION 3.25)
# Fails when a file breaks the layer rules of DESIGN.md §1:
#   - app -> layout -> fonts, and no Qt below app/ (nor in app/cli/, the command without Qt);
#   - inside layout/, the stages of layout/Stages.cmake one way: a stage includes only stages
#     before it;
#   - inside app/, the window's folders one way (kAppOrder below), and none of them includes the
#     command's code (app/cli/): the window and the command share the engine, not each other.
#   cmake -DSOURCE_DIR=<repo> -P CheckLayers.cmake
include("${SOURCE_DIR}/layout/Stages.cmake")
# The window, lowest first: the page being made and its undo steps; drawing a PageLayout with
# QPainter; printing; the page view; the windows and panels.
set(kAppOrder edit render print view ui)

set(violations "")

# Every `#include "..."` of the files under `dir`, as "<file>|<included path>".
function(includes_of dir out)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp"
                            "${SOURCE_DIR}/${dir}/*.in")
    set(found "")
    foreach(f IN LISTS files)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*" "\\1" included
                                 "${line}")
            list(APPEND found "${rel}|${included}")
        endforeach()
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

function(check_dir dir forbidden_regex why)
    includes_of("${dir}" pairs)
    foreach(pair IN LISTS pairs)
        string(REPLACE "|" ";" parts "${pair}")
        list(GET parts 0 file)
        list(GET parts 1 included)
        if(included MATCHES "${forbidden_regex}")
            set(violations "${violations}\n  ${file}: #include \"${included}\"  (${why})")
        endif()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

# Files of `root`/<folder> may include `root`/<other> only when <other> comes earlier in `order`
# (or is <folder> itself); a folder not in `order` may not be included at all.
function(check_order root order what)
    foreach(folder IN LISTS order)
        list(FIND order "${folder}" rank)
        includes_of("${root}/${folder}" pairs)
        foreach(pair IN LISTS pairs)
            string(REPLACE "|" ";" parts "${pair}")
            list(GET parts 0 file)
            list(GET parts 1 included)
            if(included MATCHES "^${root}/([^/]+)/")
                set(target "${CMAKE_MATCH_1}")
                list(FIND order "${target}" target_rank)
                if(target_rank GREATER rank)
                    set(violations "${violations}\n  ${file}: #include \"${included}\"  (${root}/${folder} comes before ${root}/${target} in ${what}: the include runs backwards)")
                elseif(target_rank EQUAL -1)
                    set(violations "${violations}\n  ${file}: #include \"${included}\"  (${root}/${target} is not one of ${what}: ${order})")
                endif()
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(qt_include "^(Q[A-Z][A-Za-z]*|Qt[A-Za-z]*/.*|q[a-z]+\\.h)$")
check_dir(layout "${qt_include}" "no Qt below app/")
check_dir(fonts "${qt_include}" "no Qt below app/")
check_dir(app/cli "${qt_include}" "the command line runs without Qt")
check_dir(app/cli "^app/(edit|render|print|view|ui)/" "the command line runs without Qt")
check_dir(layout "^app/" "layout/ must not include app/")
check_dir(fonts "^(app|layout)/" "fonts/ must not include layout/ or app/")
foreach(folder IN LISTS kAppOrder)
    check_dir(app/${folder} "^app/cli/" "the window does not use the command's code")
endforeach()
# Every folder is in its order, so that no file escapes the checks.
foreach(root_order IN ITEMS "layout|${BANMIAN_LAYOUT_STAGES}" "app|cli;${kAppOrder}")
    string(REPLACE "|" ";" parts "${root_order}")
    list(POP_FRONT parts root)
    file(GLOB entries LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}/${root}" "${SOURCE_DIR}/${root}/*")
    foreach(entry IN LISTS entries)
        if(IS_DIRECTORY "${SOURCE_DIR}/${root}/${entry}" AND NOT entry IN_LIST parts)
            set(violations "${violations}\n  ${root}/${entry}/: a folder that is not in the order of ${root}/ (add it to layout/Stages.cmake or kAppOrder)")
        endif()
    endforeach()
endforeach()
check_order(layout "${BANMIAN_LAYOUT_STAGES}" "the engine's stages (layout/Stages.cmake)")
check_order(app "${kAppOrder}" "the window's folders (tests/CheckLayers.cmake)")

if(violations)
    message(FATAL_ERROR "Layer rule broken:${violations}")
endif()
list(JOIN BANMIAN_LAYOUT_STAGES " → " stages)
list(JOIN kAppOrder " → " app_folders)
message(STATUS "layers: no Qt below app/ nor in app/cli/; layout/ ${stages}; app/ ${app_folders}")
