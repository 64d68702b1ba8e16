/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The central command policy: one decision per request, whatever the
 * endpoint, tunnels included.
 *
 * A policy is an ordered list of rules (first match wins) over opcodes,
 * opcode ranges, command sets, policy classes (catalog.h), CEL effect bits
 * and untyped rows, each optionally narrowed by a predicate on the decoded
 * request (payload-aware rules).  A rule says allow, deny (reason code and
 * a line a person understands) or allow-with-taint.  The caller owns every
 * array; nothing allocates.
 *
 * Tunnels: a request sent along a route (hops from the root) is, on the
 * wire, a 5300h at every hop around the command.  Each of those 5300h, and
 * every 5300h nested inside the request's own payload, is decided with the
 * policy for the target it is executed at, and so is the command at the
 * bottom.  The strictest level wins (deny > taint > allow).  A request
 * that does not decode (strict), an unknown opcode, or nesting beyond
 * CXLMB_TUNNEL_MAX_DEPTH is refused.  The walk is iterative.
 *
 * CEL mode (the `cel` profile, or any policy given CELs): each target's
 * own Command Effects Log (bytes as Get Log returns them, r3.2
 * §8.2.10.5.1.1) must list the command, and the effects the rules see are
 * the catalog's OR the CEL's (the stronger is what counts). */
#ifndef CXLMB_POLICY_H
#define CXLMB_POLICY_H

#include "endpoint.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Reason codes (struct cxlmb_verdict.reason). */
#define CXLMB_POLICY_REASONS(X)                                                               \
	X(DEFAULT, "default", "no rule matched: the policy's default")                        \
	X(UNKNOWN_OPCODE, "unknown-opcode", "opcode is not in the catalog")                   \
	X(UNDECODABLE, "undecodable", "request payload does not decode")                      \
	X(DEPTH, "depth", "tunnel nesting deeper than the bound")                             \
	X(NO_CEL, "no-cel", "no Command Effects Log is known for the target")                 \
	X(NOT_IN_CEL, "not-in-cel", "the target's Command Effects Log does not list it")      \
	X(SECURITY_SET, "security-set", "security command set")                               \
	X(KERNEL_ONLY, "kernel-only", "the kernel keeps this command to itself")              \
	X(PARTITION_IMMEDIATE, "partition-immediate", "immediate partition change")           \
	X(CLEAR_LOG, "clear-log", "Clear Log of a log other than the Vendor Debug log")       \
	X(KERNEL_FEATURE, "kernel-feature", "feature owned by the kernel")                    \
	X(RAW, "raw", "raw command: allowed, the kernel taints")                              \
	X(EFFECTS, "effects", "command has effects")                                          \
	X(OPAQUE, "opaque", "no public layout: effects unknown")                              \
	X(VENDOR, "vendor", "vendor-specific command: effects unknown")                       \
	X(READ, "read", "reads state only")                                                   \
	X(FABRIC, "fabric", "fabric management")                                              \
	X(NOT_FABRIC, "not-fabric", "not a fabric-management command")                        \
	X(IO_READ, "io-read", "CXL.io read")                                                  \
	X(IO_WRITE, "io-write", "CXL.io write: reaches registers the policy cannot see")       \
	X(TUNNEL, "tunnel", "carries commands: each is decided for its target")               \
	X(CUSTOM, "custom", "caller-defined rule")

enum cxlmb_policy_reason {
#define CXLMB_POL_R_ENUM(id, name, desc) CXLMB_PR_##id,
	CXLMB_POLICY_REASONS(CXLMB_POL_R_ENUM)
#undef CXLMB_POL_R_ENUM
	CXLMB_PR_COUNT_
};

/* What a rule matches. */
enum cxlmb_rule_kind {
	CXLMB_RULE_ANY = 0,     /* every command */
	CXLMB_RULE_OPCODE = 1,  /* opcode == lo */
	CXLMB_RULE_RANGE = 2,   /* lo <= opcode <= hi */
	CXLMB_RULE_SET = 3,     /* command set (opcode >> 8) == lo */
	CXLMB_RULE_CLASS = 4,   /* catalog policy class == lo */
	CXLMB_RULE_EFFECTS = 5, /* effects (catalog | CEL) & lo != 0 */
	CXLMB_RULE_OPAQUE = 6,  /* a catalog row without a typed layout (effects unknown) */
};

/* Payload predicates: the rule matches only if the decoded request says so. */
enum cxlmb_rule_pred {
	CXLMB_PRED_NONE = 0,
	CXLMB_PRED_PARTITION_IMMEDIATE = 1, /* 4101h with the immediate flag (r3.2 Table 8-131) */
	CXLMB_PRED_CLEAR_LOG_NOT_VENDOR = 2, /* 0403h of a log other than Vendor Debug */
	CXLMB_PRED_SET_FEATURE_UUID = 3,    /* 0502h of feature rule.uuid (r3.2 Table 8-100) */
	CXLMB_PRED_IO_WRITE = 4,            /* 5103h/5301h/5302h: a write transaction */
	CXLMB_PRED_IO_READ = 5,             /* 5103h/5301h/5302h: a read transaction */
};

struct cxlmb_rule {
	uint8_t kind;        /* enum cxlmb_rule_kind */
	uint8_t pred;        /* enum cxlmb_rule_pred */
	uint8_t decision;    /* enum cxlmb_decision */
	uint16_t reason;     /* reason code reported */
	uint16_t lo, hi;     /* the kind's operands */
	const uint8_t *uuid; /* PRED_SET_FEATURE_UUID: 16 bytes, wire order */
	const char *why;     /* one line for a person; NULL: the reason's description */
};

/* One target's Command Effects Log (CEL mode).  route: the path from the
 * root to the target (depth 0 = the root endpoint); any_target: this log
 * stands for every target without one of its own. */
struct cxlmb_policy_cel {
	struct cxlmb_route route;
	bool any_target;
	const uint8_t *log; /* 4-byte entries (opcode, effects), as Get Log returns */
	size_t len;
};

struct cxlmb_policy {
	const char *name;
	const struct cxlmb_rule *rules; /* first match wins */
	size_t nrules;
	uint8_t default_decision;       /* when no rule matches */
	uint16_t default_reason;
	const char *default_why;
	bool cel_mode;                  /* decide with the targets' CELs (cels) */
	const struct cxlmb_policy_cel *cels;
	size_t ncels;
};

/* Per-level explanation (optional output of cxlmb_policy_decide). */
struct cxlmb_policy_level {
	struct cxlmb_verdict v;       /* this level's own decision */
	uint16_t effects;             /* effects the rules saw */
	struct cxlmb_route target;    /* where this level's command executes */
	bool from_route;              /* a 5300h of the route (no payload to inspect) */
};
struct cxlmb_policy_trace {
	struct cxlmb_policy_level level[CXLMB_TUNNEL_MAX_DEPTH + 2]; /* + a refusal for depth */
	unsigned n;
};

/* Decide one request sent along route.  Returns CXLMB_E_OK with v filled
 * (the strictest level's verdict: the first refusal, else the deepest
 * taint, else the bottom command), INVALID_ARG for NULL arguments.  trace
 * may be NULL. */
int cxlmb_policy_decide(const struct cxlmb_policy *p, const struct cxlmb_route *route,
			const struct cxlmb_request *req, struct cxlmb_verdict *v,
			struct cxlmb_policy_trace *trace);

/* The opcode-level decision, without a payload (the `cxlmb policy` table):
 * payload rules are skipped; *payload_dependent says one could have
 * matched this opcode first.  The target is the root (no CEL lookup beyond
 * it). */
int cxlmb_policy_classify(const struct cxlmb_policy *p, uint16_t opcode, struct cxlmb_verdict *v,
			  bool *payload_dependent);

/* The command layer's gate over a policy (p must outlive the gate). */
void cxlmb_policy_gate(const struct cxlmb_policy *p, struct cxlmb_gate *out);

/* Shipped profiles: "linux-raw", "lockdown", "fabric-readonly",
 * "fabric-admin", "cel" (no CEL attached: refuses everything; see
 * cxlmb_policy_cel_profile).  NULL for an unknown name. */
const struct cxlmb_policy *cxlmb_policy_profile(const char *name);
size_t cxlmb_policy_profile_count(void);
const struct cxlmb_policy *cxlmb_policy_profile_at(size_t i);
/* The cel profile over caller-owned CELs (written into *out). */
void cxlmb_policy_cel_profile(struct cxlmb_policy *out, const struct cxlmb_policy_cel *cels,
			      size_t ncels);

/* Names: "allow" / "deny" / "allow-with-taint"; a reason's short name. */
const char *cxlmb_decision_name(unsigned decision);
const char *cxlmb_policy_reason_name(unsigned reason);

/* One line for a person, NUL-terminated in buf (truncated to cap):
 *   "denied: 4400h Sanitize: security command set (44xxh) is kernel-only under linux-raw"
 * with "allowed" / "allowed with taint" for the others, and " (tunnel
 * level N)" after the name when a nested command decided.  profile may be
 * NULL.  Returns the length the whole line needs (like snprintf). */
size_t cxlmb_policy_format(const struct cxlmb_verdict *v, const char *profile, char *buf,
			   size_t cap);

/* Strictness order of decisions: allow 0 < taint 1 < deny 2. */
static inline unsigned cxlmb_decision_rank(unsigned d)
{
	return d == CXLMB_DENY ? 2u : d == CXLMB_ALLOW_TAINT ? 1u : 0u;
}

#ifdef __cplusplus
}
#endif

#endif
