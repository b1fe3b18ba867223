# asyncc_translate(<target> <source>...): translates each source with the
# asyncc built in this tree (with a depfile, so editing an included header
# re-translates) and adds the translated C to <target>.
function(asyncc_translate target)
  foreach(src ${ARGN})
    get_filename_component(abs ${src} ABSOLUTE)
    get_filename_component(name ${src} NAME_WE)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/${name}.asyncc.c)
    add_custom_command(
      OUTPUT ${out}
      # The output is meant for the compiler whose preprocessor made it.
      COMMAND asyncc "--cpp=${CMAKE_C_COMPILER} -E" -MD -MF ${out}.d -MT ${out} ${abs} -o ${out}
      DEPENDS asyncc ${abs}
      DEPFILE ${out}.d
      COMMENT "asyncc ${src}"
      VERBATIM)
    target_sources(${target} PRIVATE ${out})
  endforeach()
endfunction()
