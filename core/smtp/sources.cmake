# Sources of core/smtp, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
)
