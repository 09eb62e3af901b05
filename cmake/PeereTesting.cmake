# peere_add_test(<name> SOURCES <files...> [LIBS <targets...>] [TIMEOUT <s>])
#
# One executable per unit, linked against the project's libraries (never recompiling their
# sources) and registered with ctest. Tests run on the offscreen platform, in Qt's test mode for
# standard paths, and know where tests/data and the built programs are.
function(peere_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(${name} PRIVATE peere_flags Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE
        PEERE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        PEERE_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=en_US.UTF-8")
endfunction()

# Every tests/<dir>/tst_<unit>.cpp becomes the test tst_<unit>, linked against LIBS.
function(peere_add_tests_in_directory)
    cmake_parse_arguments(T "" "TIMEOUT" "LIBS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(source IN LISTS sources)
        get_filename_component(name ${source} NAME_WE)
        peere_add_test(${name} SOURCES ${source} LIBS ${T_LIBS} TIMEOUT ${T_TIMEOUT})
    endforeach()
endfunction()

# peere_add_benchmark(<name> SOURCES <files...> [LIBS <targets...>]): built with the tests, not
# registered with ctest; run by `scripts/dev.sh bench`, each prints its figures.
function(peere_add_benchmark name)
    cmake_parse_arguments(B "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${B_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
    target_link_libraries(${name} PRIVATE peere_flags Qt6::Test ${B_LIBS})
    target_compile_definitions(${name} PRIVATE
        PEERE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        PEERE_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
endfunction()
