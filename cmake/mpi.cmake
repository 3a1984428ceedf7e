# mpi.cmake - entente-mpi, the CLI as ranks of an MPI job, and its tests,
# built only when Open MPI (libopenmpi-dev) is found. The plain `entente`
# and the library never link MPI.
if(ENT_FUZZ)
  return() # fuzzing builds need no MPI
endif()
find_package(MPI COMPONENTS C QUIET)
if(NOT MPI_C_FOUND)
  message(STATUS "MPI not found: entente-mpi is not built")
  return()
endif()
message(STATUS "MPI found: building entente-mpi")

file(GLOB ENT_MPI_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/cli/mpi/*.c")
set(ENT_CLI_NO_MAIN ${ENT_CLI_SOURCES})
list(FILTER ENT_CLI_NO_MAIN EXCLUDE REGEX "/src/cli/main\\.c$")
add_executable(entente-mpi ${ENT_CLI_NO_MAIN} ${ENT_MPI_SOURCES})
target_include_directories(entente-mpi PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_options(entente-mpi PRIVATE ${ENT_WARNINGS})
target_compile_definitions(entente-mpi PRIVATE
  ENT_VERSION_STRING="${PROJECT_VERSION}"
  ENT_DATA_DIR="${CMAKE_SOURCE_DIR}/data")
target_link_libraries(entente-mpi PRIVATE entente_static MPI::MPI_C)
install(TARGETS entente-mpi)

if(NOT ENT_TESTS)
  return()
endif()
# MPI tests: tests/mpi/test_*.c (linked with MPI and cmocka) and
# tests/mpi/*.sh (CLI comparisons), each run with 2 and 4 ranks. CI runs as
# root, hence --allow-run-as-root; --oversubscribe lets 4 ranks share fewer
# cores.
pkg_check_modules(CMOCKA_MPI REQUIRED IMPORTED_TARGET cmocka)
find_program(ENT_MPIEXEC NAMES mpirun mpiexec)
set(ENT_MPIRUN ${ENT_MPIEXEC} --allow-run-as-root --oversubscribe
    --mca btl self,vader)
string(REPLACE ";" " " ENT_MPIRUN_TEXT "${ENT_MPIRUN}")
set(ENT_MPI_TEST_ENV
  "ENTENTE_SHARED=${ENT_SHARED_DIR};OMPI_MCA_btl_vader_single_copy_mechanism=none;ASAN_OPTIONS=detect_leaks=0")
file(GLOB ENT_MPI_UNIT_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/mpi/test_*.c")
foreach(src ${ENT_MPI_UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(mpi_${name} ${src})
  target_include_directories(mpi_${name} PRIVATE ${CMAKE_SOURCE_DIR}/src
    ${CMAKE_SOURCE_DIR}/tests/unit ${CMAKE_SOURCE_DIR}/tests/unit/par)
  target_compile_options(mpi_${name} PRIVATE ${ENT_WARNINGS})
  target_compile_definitions(mpi_${name} PRIVATE
    ENT_SOURCE_DIR="${CMAKE_SOURCE_DIR}" ENT_SHARED_DIR="${ENT_SHARED_DIR}"
    ENT_BINARY_DIR="${CMAKE_BINARY_DIR}")
  target_sources(mpi_${name} PRIVATE ${CMAKE_SOURCE_DIR}/src/cli/mpi/mpi_par.c)
  target_link_libraries(mpi_${name} PRIVATE entente_static PkgConfig::CMOCKA_MPI
    MPI::MPI_C)
  foreach(np 2 4)
    add_test(NAME mpi_${name}_np${np}
             COMMAND ${ENT_MPIRUN} -np ${np} $<TARGET_FILE:mpi_${name}>)
    set_tests_properties(mpi_${name}_np${np} PROPERTIES SKIP_RETURN_CODE 77
      ENVIRONMENT "${ENT_MPI_TEST_ENV}" TIMEOUT 300)
  endforeach()
endforeach()
# The code test codes a 100,000-sentence corpus (10,000 in the slower
# sanitizer build).
if(ENT_SANITIZE)
  set(ENT_MPI_CORPUS 10000)
else()
  set(ENT_MPI_CORPUS 100000)
endif()
file(GLOB ENT_MPI_CLI_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/mpi/*.sh")
foreach(t ${ENT_MPI_CLI_TESTS})
  get_filename_component(name ${t} NAME_WE)
  foreach(np 2 4)
    add_test(NAME mpi_${name}_np${np}
      COMMAND bash ${t} $<TARGET_FILE:entente> $<TARGET_FILE:entente-mpi> ${np}
              "${ENT_MPIRUN_TEXT}" ${ENT_MPI_CORPUS}
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(mpi_${name}_np${np} PROPERTIES SKIP_RETURN_CODE 77
      ENVIRONMENT "${ENT_MPI_TEST_ENV}" TIMEOUT 300)
  endforeach()
endforeach()
