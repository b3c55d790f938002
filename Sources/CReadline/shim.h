// GNU readline for Swift. readline.h uses FILE without including stdio.h,
// so stdio.h must come first.
//
// Swift 6 does not let code touch C globals (shared mutable state), so the
// few readline globals the REPL needs are set and read through the small
// functions below, and Ctrl-C is caught by a C handler that only sets a flag.
// Use them from one Swift file only: the static variables here exist once
// per file that includes this header.
#ifndef PLANWERK_CREADLINE_SHIM_H
#define PLANWERK_CREADLINE_SHIM_H
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Sets up readline for the REPL: its name (for ~/.inputrc), the completion
/// callback, the characters that separate words to complete (not `.`, `/`
/// or `:`, so `spring.bu`, `plans/a.plan` and `:lo` are one word), and no
/// signal handlers of its own: the REPL handles Ctrl-C itself.
static inline void planwerk_rl_configure(rl_completion_func_t *complete) {
    rl_readline_name = "planwerk";
    rl_attempted_completion_function = complete;
    rl_completer_word_break_characters = " \t\n\"'(),;[]{}=+-*<>";
    rl_catch_signals = 0;
}

/// Called by the completion callback: readline must not fall back to file
/// names, and must not add a space after a completed folder.
static inline void planwerk_rl_completion_settings(int suppress_append) {
    rl_attempted_completion_over = 1;
    rl_completion_suppress_append = suppress_append;
}

/// The line being edited, and the cursor's byte offset in it.
static inline const char *planwerk_rl_line(void) { return rl_line_buffer; }
static inline int planwerk_rl_point(void) { return rl_point; }

/// How many lines the history holds, and the newest (NULL when empty).
static inline int planwerk_history_count(void) { return history_length; }
static inline const char *planwerk_history_last(void) {
    HIST_ENTRY *entry = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    return entry ? entry->line : NULL;
}

// Ctrl-C: the handler only notes it; the read loop sees the flag.
static volatile sig_atomic_t planwerk_interrupted = 0;
static inline void planwerk_on_sigint(int signal) { (void)signal; planwerk_interrupted = 1; }

/// Catches SIGINT without SA_RESTART, so that a waiting poll() returns; and
/// unblocks it, since a blocked signal mask is inherited from the parent.
static inline int planwerk_catch_sigint(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = planwerk_on_sigint;
    sigemptyset(&action.sa_mask);
    sigset_t blocked;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGINT);
    sigprocmask(SIG_UNBLOCK, &blocked, NULL);
    return sigaction(SIGINT, &action, NULL);
}

/// Whether Ctrl-C was pressed since the last call.
static inline int planwerk_take_interrupt(void) {
    int was = planwerk_interrupted;
    planwerk_interrupted = 0;
    return was;
}

// One line read through readline's callback interface.
static char *planwerk_line = NULL;
static int planwerk_line_state = 0;  // 0: still typing, 1: a line, 2: end of input

static inline void planwerk_line_done(char *line) {
    planwerk_line = line;
    planwerk_line_state = line ? 1 : 2;
    rl_callback_handler_remove();  // no prompt until the REPL asks for the next line
}

/// Shows `prompt` and starts reading a line.
static inline void planwerk_rl_begin(const char *prompt) {
    planwerk_line = NULL;
    planwerk_line_state = 0;
    rl_callback_handler_install(prompt, planwerk_line_done);
}

/// 0 while the line is being typed, 1 when a line is ready, 2 at the end of input.
static inline int planwerk_rl_state(void) { return planwerk_line_state; }

/// The line read (malloc'd; the caller frees it).
static inline char *planwerk_rl_take_line(void) {
    char *line = planwerk_line;
    planwerk_line = NULL;
    planwerk_line_state = 0;
    return line;
}

/// Abandons the line being typed after Ctrl-C and gives the terminal back.
static inline void planwerk_rl_abandon(void) {
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_callback_handler_remove();
}
#endif
