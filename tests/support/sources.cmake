# Sources of the test support library.
target_sources(epistle_test_support PRIVATE
    testsupport.cpp
)
