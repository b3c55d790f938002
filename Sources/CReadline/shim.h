// GNU readline for Swift. readline.h uses FILE without including stdio.h,
// so stdio.h must come first.
#ifndef PLANWERK_CREADLINE_SHIM_H
#define PLANWERK_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
#endif
