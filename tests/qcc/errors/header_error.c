#include "bad_header.h"

int main(void)
{
    return missing_function_arg(;
}
