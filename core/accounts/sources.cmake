# Sources of core/accounts, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
    accounts/connectiontest.h accounts/connectiontest.cpp
)
