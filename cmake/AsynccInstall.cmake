# AsynccInstall.cmake - what cmake --install puts beside the targets that
# src/ and runtime/ install (bin/asyncc, bin/asyncc-cc, lib/libasyncc.a,
# lib/libasyncc.so*, include/asyncc.h): man pages, the pkg-config file and
# the CMake package. Everything is relative to the install prefix, so
# `cmake --install build --prefix DIR` (and DESTDIR) work. docs/install.md.
include(CMakePackageConfigHelpers)

install(FILES ${PROJECT_SOURCE_DIR}/docs/man/asyncc.1 ${PROJECT_SOURCE_DIR}/docs/man/asyncc-cc.1
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The CMake package, lib/cmake/asyncc: the imported targets
# (asyncc::runtime, asyncc::runtime_shared, asyncc::translator, asyncc::cc),
# the version file and asyncc_target_sources() (cmake/AsynccTranslate.cmake,
# the same file this tree uses).
set(ASYNCC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/asyncc)
install(EXPORT asyncc-targets NAMESPACE asyncc:: DESTINATION ${ASYNCC_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/asyncc-config-version.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES
    ${PROJECT_SOURCE_DIR}/cmake/asyncc-config.cmake
    ${PROJECT_BINARY_DIR}/asyncc-config-version.cmake
    ${PROJECT_SOURCE_DIR}/cmake/AsynccTranslate.cmake
  DESTINATION ${ASYNCC_CMAKE_DIR})

# asyncc.pc. Its prefix is the one given to cmake --install (not the one
# configured), so the file is written at install time.
foreach(d LIBDIR INCLUDEDIR BINDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${d}}")
    set(ASYNCC_PC_${d} "${CMAKE_INSTALL_${d}}")
  else()
    set(ASYNCC_PC_${d} "\${prefix}/${CMAKE_INSTALL_${d}}")
  endif()
endforeach()
set(ASYNCC_PC_PREFIX "@ASYNCC_PC_PREFIX@") # filled in at install time
configure_file(${PROJECT_SOURCE_DIR}/cmake/asyncc.pc.in ${PROJECT_BINARY_DIR}/asyncc.pc.in @ONLY)
install(CODE "
  set(ASYNCC_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(\"${PROJECT_BINARY_DIR}/asyncc.pc.in\" \"${PROJECT_BINARY_DIR}/pkgconfig/asyncc.pc\" @ONLY)
")
install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/asyncc.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
