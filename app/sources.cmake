# Sources of app/.
target_sources(epistle PRIVATE
    main.cpp
)
