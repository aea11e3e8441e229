// The target that builds the tests' precompiled header (TALLENNE_PCH, cmake/TallenneTargets.cmake);
// it runs nothing.
int main()
{
    return 0;
}
