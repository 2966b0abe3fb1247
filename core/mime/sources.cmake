# Sources of core/mime, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
)
