# asyncc-config.cmake - find_package(asyncc CONFIG): the imported targets
#   asyncc::runtime         libasyncc.a (links Threads::Threads)
#   asyncc::runtime_shared  libasyncc.so
#   asyncc::translator      bin/asyncc
#   asyncc::cc              bin/asyncc-cc, the compiler driver
# and asyncc_target_sources(<target> [RUNTIME <lib>|NONE]
# [PRIVATE|PUBLIC|INTERFACE] <source>...), which translates C with
# async/await into <target> (AsynccTranslate.cmake; docs/install.md).
if(CMAKE_VERSION VERSION_LESS 3.18)
  set(${CMAKE_FIND_PACKAGE_NAME}_FOUND FALSE)
  set(${CMAKE_FIND_PACKAGE_NAME}_NOT_FOUND_MESSAGE "asyncc needs CMake 3.18 or newer")
  return()
endif()
include(CMakeFindDependencyMacro)
find_dependency(Threads)
include("${CMAKE_CURRENT_LIST_DIR}/asyncc-targets.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/AsynccTranslate.cmake")
