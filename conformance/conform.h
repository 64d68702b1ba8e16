/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The conformance suite: checks a CXL CCI (a Type-3 device's mailbox, a
 * switch mailbox CCI, an LD or an FM-owned LD reached through tunnels)
 * against the specification, one row per check.
 *
 * It needs only a command-layer endpoint (and, for register checks, the
 * transport behind it): nothing here knows the simulator.  Every command
 * goes through cxlmb_call, so the catalog and the core's strict decoders
 * are the oracle: a response that does not decode fails the check that
 * received it.  Hosted C (stdio, malloc); one run at a time per process
 * (the large response buffers are static). */
#ifndef CXLMB_CONFORM_H
#define CXLMB_CONFORM_H

#include <stdio.h>

#include "cxlmb/cxlmb.h"

enum cf_outcome { CF_PASS, CF_FAIL, CF_SKIP, CF_ERROR, CF_OUTCOME_COUNT };
enum cf_severity { CF_MANDATORY, CF_RECOMMENDED };

/* Targets a check applies to (struct cf_check.targets). */
#define CF_T_TYPE3 0x01u  /* a Type-3 device's own mailbox */
#define CF_T_SWITCH 0x02u /* a switch mailbox CCI */
#define CF_T_LD 0x04u     /* an LD of an MLD, reached through tunnels */
#define CF_T_FMLD 0x08u   /* the FM-owned LD of an MLD, through a tunnel */
#define CF_T_MEMDEV (CF_T_TYPE3 | CF_T_LD)
#define CF_T_ANY 0x0Fu

struct cf_ctx;
struct cf_check;
typedef void (*cf_fn)(struct cf_ctx *c, const struct cf_check *k);

struct cf_check {
	const char *id;    /* stable: area.what */
	const char *title;
	const char *ref;   /* specification revision and section or table */
	uint8_t severity;  /* enum cf_severity */
	uint8_t targets;   /* CF_T_* */
	bool regs;         /* needs register access */
	const char *destroys; /* NULL: non-destructive; else what it changes */
	cf_fn fn;
	uint16_t op;       /* the command a table-driven family probes */
};

/* Every check, in report order. */
size_t cf_check_count(void);
const struct cf_check *cf_check_at(size_t i);
const char *cf_outcome_name(unsigned o);
const char *cf_target_name(unsigned t);

/* What the suite runs against. */
struct cf_target {
	struct cxlmb_endpoint *ep; /* where commands go */
	struct cxlmb_mbox *mb;     /* its registers, or NULL (messages only) */
	uint32_t regs_len;         /* register block length when known (0: unknown) */
	const char *name;          /* for reports ("sim", "sim:switch --tunnel 1,0") */
};

struct cf_options {
	bool destructive;
	/* When set, cf_run writes the report's head and each check's line to
	 * progress as each check finishes, flushed (text and tap only): a
	 * device that dies leaves the report up to the check that was running.
	 * The caller then writes the rest with cf_report_end. */
	FILE *progress;
	unsigned progress_format; /* enum cf_format */
	const char *const *only; /* ids or globs; none: all */
	size_t n_only;
	const char *const *skip;
	size_t n_skip;
};

struct cf_result {
	const struct cf_check *chk;
	uint8_t outcome; /* enum cf_outcome */
	char detail[1024];
	uint64_t ns;     /* wall time */
};

struct cf_report {
	const char *target_name;
	uint8_t kind;               /* CF_T_* of the target (0: unknown) */
	struct cxlmb_identify_rsp ident;
	bool have_ident;
	uint32_t cel_count;
	struct cf_result *res;      /* one per selected check (heap) */
	size_t n;
	size_t planned;             /* checks selected */
	size_t count[CF_OUTCOME_COUNT];
	size_t mandatory_failed;    /* mandatory checks with fail or error */
	uint64_t ns;
	char setup_error[256];      /* non-empty: the target could not be examined */
};

/* Does id match a selection (exact id, or a glob with * and ?)? */
bool cf_match(const char *pattern, const char *id);
/* Run the selected checks.  Returns 0, or -1 when the selection is empty
 * (rep->setup_error says why).  Free with cf_report_free. */
int cf_run(const struct cf_target *t, const struct cf_options *o, struct cf_report *rep);
void cf_report_free(struct cf_report *rep);

enum cf_format { CF_FMT_TEXT, CF_FMT_TAP, CF_FMT_JUNIT, CF_FMT_JSON };
void cf_report_write(FILE *f, const struct cf_report *rep, unsigned format);
/* The same in three parts (cf_options.progress): head, check i's line, the
 * rest (summary, failures). */
void cf_report_begin(FILE *f, const struct cf_report *rep, unsigned format);
void cf_report_line(FILE *f, const struct cf_report *rep, size_t i, unsigned format);
void cf_report_end(FILE *f, const struct cf_report *rep, unsigned format);
/* --list: every check with its metadata. */
void cf_list_write(FILE *f, unsigned format);

#endif
