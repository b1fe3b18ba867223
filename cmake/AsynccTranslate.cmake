# AsynccTranslate.cmake - C with async/await in CMake targets. One file for
# this tree (the asyncc built here) and for the installed CMake package
# (lib/cmake/asyncc/, included by asyncc-config.cmake): both name the
# translator asyncc::translator and the runtime asyncc::runtime (aliases in
# this tree, imported targets once installed).
#
#   asyncc_target_sources(<target> [RUNTIME <library>|NONE]
#                         [PRIVATE|PUBLIC|INTERFACE] <source>... ...)
#
# Each source is translated by asyncc into
# ${CMAKE_CURRENT_BINARY_DIR}/asyncc/<target>/<source path>, and the result
# is added to <target> with target_sources() in the given scope (default
# PRIVATE). asyncc preprocesses with the target's C compiler
# (--cpp="<compiler> -E") and the target's include directories and compile
# definitions, and writes a depfile: editing a header that a source includes
# re-translates that source only (Ninja; Makefiles with CMake >= 3.20).
# The translation is compiled as preprocessed C (-xcpp-output), not
# preprocessed twice; it carries line markers, so diagnostics and debug
# information name the original source. <target> is linked with RUNTIME,
# by default asyncc::runtime (the static library); asyncc::runtime_shared
# for libasyncc.so; NONE for no runtime.
#
# Call it in the directory that created <target> (Makefiles need the rule
# there), and link <target> with the keyword form of target_link_libraries
# (the runtime is linked with it).
#
#   asyncc_translate(<target> <source>...)
#
# is asyncc_target_sources(<target> RUNTIME NONE PRIVATE <source>...), the
# form this tree's CMakeLists use.
include_guard(GLOBAL)
# Functions keep the policies of the file that defines them:
# depfile paths relative to the build directory (ours are absolute anyway).
if(POLICY CMP0116)
  cmake_policy(SET CMP0116 NEW)
endif()

function(asyncc_target_sources target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "asyncc_target_sources: '${target}' is not a target")
  endif()
  if(NOT TARGET asyncc::translator)
    message(FATAL_ERROR "asyncc_target_sources: no asyncc::translator (find_package(asyncc CONFIG) first)")
  endif()
  set(runtime asyncc::runtime)
  set(scope PRIVATE)
  set(scopes "")
  foreach(s PRIVATE PUBLIC INTERFACE)
    set(sources_${s} "")
  endforeach()
  set(args ${ARGN})
  while(args)
    list(POP_FRONT args a)
    if(a STREQUAL "RUNTIME")
      if(NOT args)
        message(FATAL_ERROR "asyncc_target_sources: RUNTIME needs a library or NONE")
      endif()
      list(POP_FRONT args runtime)
    elseif(a MATCHES "^(PRIVATE|PUBLIC|INTERFACE)$")
      set(scope ${a})
    else()
      list(APPEND sources_${scope} "${a}")
      list(APPEND scopes ${scope})
    endif()
  endwhile()
  list(REMOVE_DUPLICATES scopes)

  # The translator (an alias in this tree, an imported target when installed).
  set(tool asyncc::translator)
  get_target_property(aliased ${tool} ALIASED_TARGET)
  if(aliased)
    set(tool ${aliased})
  endif()
  # The preprocessor: the compiler that compiles the translation.
  set(cpp "${CMAKE_C_COMPILER}")
  if(CMAKE_C_COMPILER_ARG1)
    string(STRIP "${CMAKE_C_COMPILER_ARG1}" arg1)
    string(APPEND cpp " ${arg1}")
  endif()
  string(APPEND cpp " -E")

  foreach(scope ${scopes})
    # An INTERFACE library has only the INTERFACE_ properties.
    set(prefix "")
    if(scope STREQUAL "INTERFACE")
      set(prefix INTERFACE_)
    endif()
    set(inc "$<TARGET_PROPERTY:${target},${prefix}INCLUDE_DIRECTORIES>")
    set(def "$<TARGET_PROPERTY:${target},${prefix}COMPILE_DEFINITIONS>")
    set(outs "")
    foreach(src ${sources_${scope}})
      get_filename_component(abs "${src}" ABSOLUTE)
      # The source's path relative to this directory, ".." as "__".
      file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
      string(REPLACE "../" "__/" rel "${rel}")
      if(NOT rel MATCHES "\\.c$")
        string(APPEND rel ".c")
      endif()
      set(out "${CMAKE_CURRENT_BINARY_DIR}/asyncc/${target}/${rel}")
      get_filename_component(outdir "${out}" DIRECTORY)
      file(MAKE_DIRECTORY "${outdir}")
      if(CMAKE_VERSION VERSION_LESS 3.20 AND NOT CMAKE_GENERATOR MATCHES "Ninja")
        set(deps IMPLICIT_DEPENDS C "${abs}")
      else()
        set(deps DEPFILE "${out}.d")
      endif()
      add_custom_command(
        OUTPUT "${out}"
        COMMAND ${tool} "--cpp=${cpp}"
                "$<$<BOOL:${inc}>:-I$<JOIN:${inc},;-I>>"
                "$<$<BOOL:${def}>:-D$<JOIN:${def},;-D>>"
                -MD -MF "${out}.d" -MT "${out}" "${abs}" -o "${out}"
        DEPENDS "${abs}" ${tool}
        ${deps}
        COMMENT "asyncc ${rel}"
        COMMAND_EXPAND_LISTS
        VERBATIM)
      list(APPEND outs "${out}")
    endforeach()
    # Preprocessed C; clang would warn that the target's -I, -D and -MD are
    # unused for it.
    set_source_files_properties(${outs}
      DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" TARGET_DIRECTORY ${target}
      PROPERTIES GENERATED TRUE
      COMPILE_OPTIONS "$<$<C_COMPILER_ID:GNU,Clang,AppleClang>:-xcpp-output>;$<$<C_COMPILER_ID:Clang,AppleClang>:-Wno-unused-command-line-argument>")
    target_sources(${target} ${scope} ${outs})
    if(NOT runtime STREQUAL "NONE")
      target_link_libraries(${target} ${scope} ${runtime})
    endif()
  endforeach()
endfunction()

function(asyncc_translate target)
  asyncc_target_sources(${target} RUNTIME NONE PRIVATE ${ARGN})
endfunction()
