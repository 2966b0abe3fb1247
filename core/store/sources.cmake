# Sources of core/store, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
)
