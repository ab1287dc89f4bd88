# Fails when a file breaks the layer rule of DESIGN.md: app -> layout -> fonts, no Qt below app/.
#   cmake -DSOURCE_DIR=<repo> -P CheckLayers.cmake
set(violations "")

function(check_dir dir forbidden_regex why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${forbidden_regex}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                set(violations "${violations}\n  ${rel}: ${line}  (${why})" PARENT_SCOPE)
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(qt_include "[<\"](Q[A-Z][A-Za-z]*|Qt[A-Za-z]*/[^>\"]*|q[a-z]+\\.h)[>\"]")
check_dir(layout "${qt_include}" "no Qt below app/")
check_dir(fonts "${qt_include}" "no Qt below app/")
check_dir(layout "[<\"]app/" "layout/ must not include app/")
check_dir(fonts "[<\"](app|layout)/" "fonts/ must not include layout/ or app/")

if(violations)
    message(FATAL_ERROR "Layer rule broken:${violations}")
endif()
message(STATUS "layers: fonts/ and layout/ are free of Qt and point only down")
