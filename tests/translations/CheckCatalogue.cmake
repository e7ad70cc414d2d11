# cmake -DLUPDATE=<lupdate> -DPROJECT_FILE=<.lupdate/..._project.cmake> -DTS=<catalogue.ts> -DWORK=<dir>
#       -P CheckCatalogue.cmake
#
# Fails when the catalogue is not complete for the code as it is: lupdate runs over the sources the
# project file lists (as the update_translations target does) into a copy of the committed .ts, so a
# string added in the code and never translated counts as well as an entry left unfinished; every such
# entry is listed with its context.
include("${PROJECT_FILE}") # lupdate_sources, lupdate_include_paths
set(includes "")
foreach(dir IN LISTS lupdate_include_paths)
    list(APPEND includes "-I${dir}")
endforeach()
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
file(COPY_FILE "${TS}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" ${lupdate_sources} ${includes} -ts "${copy}" -no-obsolete -locations none
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
endif()
file(READ "${copy}" catalogue)
string(REPLACE ";" "," catalogue "${catalogue}") # CMake lists split on semicolons
string(REGEX MATCHALL "<name>[^<]*</name>|<source>[^<]*</source>|<translation type=\"unfinished\"" tokens
       "${catalogue}")
set(unfinished "")
set(count 0)
set(context "")
set(source "")
foreach(token IN LISTS tokens)
    if(token MATCHES "^<name>([^<]*)</name>$")
        set(context "${CMAKE_MATCH_1}")
    elseif(token MATCHES "^<source>([^<]*)</source>$")
        set(source "${CMAKE_MATCH_1}")
    else()
        math(EXPR count "${count} + 1")
        string(APPEND unfinished "  ${context}: ${source}\n")
    endif()
endforeach()
if(count GREATER 0)
    message(FATAL_ERROR "${name} has ${count} unfinished or missing translation(s); run the "
                        "update_translations target and translate them:\n${unfinished}")
endif()
message(STATUS "${name} is complete")
