# Sources of ui/.
target_sources(epistle_ui PRIVATE
    placeholder.cpp
)
