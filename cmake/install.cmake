# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
# Install rules: headers, libcxlmb (static, or shared with CXLMB_SHARED),
# the cxlmb tool when built, a CMake package (find_package(cxlmb), target
# cxlmb::core) and a pkg-config file (cxlmb.pc).
include(CMakePackageConfigHelpers)

set(CXLMB_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/cxlmb)

install(TARGETS cxlmb_core EXPORT cxlmbTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/cxlmb
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
if(TARGET cxlmb)
  install(TARGETS cxlmb RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cxlmb)

install(EXPORT cxlmbTargets NAMESPACE cxlmb:: DESTINATION ${CXLMB_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/cxlmbConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cxlmbConfig.cmake INSTALL_DESTINATION ${CXLMB_CMAKE_DIR})
# 0.x: only the same minor is compatible; from 1.0 on, the same major.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(cxlmb_compat SameMinorVersion)
else()
  set(cxlmb_compat SameMajorVersion)
endif()
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cxlmbConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY ${cxlmb_compat})
install(FILES ${PROJECT_BINARY_DIR}/cxlmbConfig.cmake ${PROJECT_BINARY_DIR}/cxlmbConfigVersion.cmake
        DESTINATION ${CXLMB_CMAKE_DIR})

# pkg-config: the knobs travel in Cflags so users compile as the library did.
set(CXLMB_PC_CFLAGS "")
foreach(def ${CXLMB_PUBLIC_DEFS})
  if(NOT def MATCHES "^CXLMB_ENV_HEADER=")
    string(APPEND CXLMB_PC_CFLAGS " -D${def}")
  endif()
endforeach()
# relocatable: the prefix is found from the .pc file's own place
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(CXLMB_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH cxlmb_pc_up /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
  string(REGEX REPLACE "/$" "" cxlmb_pc_up "${cxlmb_pc_up}")
  set(CXLMB_PC_PREFIX "\${pcfiledir}/${cxlmb_pc_up}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(CXLMB_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(CXLMB_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(CXLMB_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  set(CXLMB_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/cxlmb.pc.in ${PROJECT_BINARY_DIR}/cxlmb.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cxlmb.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
