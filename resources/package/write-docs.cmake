# Writes what the build installs beside the program, from the program itself (so they never drift from
# the options it has): the manual page epistle.1 (and .gz), the bash and zsh completions; and gzips the
# Debian changelog. Run by resources/CMakeLists.txt:
#   cmake -DEPISTLE=<program> -DOUT=<dir> -DSOURCE_DATE_EPOCH=<s> -P write-docs.cmake
# English whatever the builder's locale; no leak checker when the program is a sanitizer build.
set(run ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH}
        ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen ${EPISTLE} help)

function(write_output file)
    execute_process(COMMAND ${ARGN} OUTPUT_FILE ${OUT}/${file}.new RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "writing ${file} failed (${rc}): ${err}")
    endif()
    file(RENAME ${OUT}/${file}.new ${OUT}/${file})
endfunction()

write_output(epistle.1 ${run} --man)
write_output(epistle.bash ${run} --completion bash)
write_output(_epistle ${run} --completion zsh)
# gzip -n: no name or time stamp inside, so the same input gives the same bytes (Debian policy 12.1, 12.7).
write_output(epistle.1.gz gzip -9n -c ${OUT}/epistle.1)
write_output(changelog.gz gzip -9n -c ${OUT}/changelog)
