/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The profiles the core ships (policy.h).  Rules are first-match; each
 * says why in a line that reads after "<opcode> <name>: ". */
#include "cxlmb/policy.h"

#define D CXLMB_DENY
#define T CXLMB_ALLOW_TAINT
#define A CXLMB_ALLOW
#define R(x) CXLMB_PR_##x
#define OP(op, dec, rsn, why) { CXLMB_RULE_OPCODE, 0, dec, R(rsn), op, op, NULL, why }
#define OPP(op, pred, dec, rsn, why) { CXLMB_RULE_OPCODE, CXLMB_PRED_##pred, dec, R(rsn), op, op, NULL, why }
#define RANGE(lo, hi, dec, rsn, why) { CXLMB_RULE_RANGE, 0, dec, R(rsn), lo, hi, NULL, why }
#define SET(s, dec, rsn, why) { CXLMB_RULE_SET, 0, dec, R(rsn), s, s, NULL, why }
#define CLASS(c, dec, rsn, why) { CXLMB_RULE_CLASS, 0, dec, R(rsn), CXLMB_POL_##c, 0, NULL, why }
#define EFF(mask, dec, rsn, why) { CXLMB_RULE_EFFECTS, 0, dec, R(rsn), mask, 0, NULL, why }
#define OPAQUE(dec, rsn, why) { CXLMB_RULE_OPAQUE, 0, dec, R(rsn), 0, 0, NULL, why }
#define FEATURE(uuid, why) \
	{ CXLMB_RULE_OPCODE, CXLMB_PRED_SET_FEATURE_UUID, D, R(KERNEL_FEATURE), 0x0502, 0x0502, uuid, why }

/* Every effect that changes something (CXL r3.2 Table 8-75: bits 6:0, 11:10),
 * plus the reserved bits 15:12 (an effect this version cannot name). */
#define EFF_CHANGES 0xFC7Fu

/* Features the Linux kernel keeps to itself (EDAC: patrol scrub, DDR5 ECS,
 * soft/hard PPR, four sparing kinds; UUIDs from CXL r3.2 §8.2.10.7.2 and
 * the spec's feature tables, in wire order). */
static const uint8_t f_scrub[16] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b,
				     0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };
static const uint8_t f_ecs[16] = { 0xe5, 0xb1, 0x3f, 0x22, 0x23, 0x28, 0x4a, 0x14,
				   0xb8, 0xba, 0xb9, 0x69, 0x1e, 0x89, 0x33, 0x86 };
static const uint8_t f_sppr[16] = { 0x89, 0x2b, 0xa4, 0x75, 0xfa, 0xd8, 0x47, 0x4e,
				    0x9d, 0x3e, 0x69, 0x2c, 0x91, 0x75, 0x68, 0xbb };
static const uint8_t f_hppr[16] = { 0x80, 0xea, 0x45, 0x21, 0x78, 0x6f, 0x41, 0x27,
				    0xaf, 0xb1, 0xec, 0x74, 0x59, 0xfb, 0x0e, 0x24 };
static const uint8_t f_cacheline[16] = { 0x96, 0xc3, 0x33, 0x86, 0x91, 0xdd, 0x44, 0xc7,
					 0x9e, 0xcb, 0xfd, 0xaf, 0x65, 0x03, 0xba, 0xc4 };
static const uint8_t f_row[16] = { 0x45, 0x0e, 0xbf, 0x67, 0xb1, 0x35, 0x4f, 0x97,
				   0xa4, 0x98, 0xc2, 0xd5, 0x7f, 0x27, 0x9b, 0xed };
static const uint8_t f_bank[16] = { 0x78, 0xb7, 0x96, 0x36, 0x90, 0xac, 0x4b, 0x64,
				    0xa4, 0xef, 0xfa, 0xac, 0x5d, 0x18, 0xa8, 0x63 };
static const uint8_t f_rank[16] = { 0x34, 0xdb, 0xaf, 0xf5, 0x05, 0x52, 0x42, 0x81,
				    0x8f, 0x76, 0xda, 0x0b, 0x5e, 0x7a, 0x76, 0xa7 };

/* linux-raw: the rules Linux (v6.15 and later, drivers/cxl/core/mbox.c)
 * applies to CXL_MEM_COMMAND_ID_RAW: the security command sets and a deny
 * list refused, the payload checks of every user command (Set Partition
 * Info immediate, Clear Log of a non-vendor log), the rest allowed with a
 * taint.  Beyond the kernel: a Set Feature of a kernel-owned feature is
 * refused as fwctl refuses it, and a tunnel's inner commands are decided
 * too (the kernel does not look inside 5300h). */
static const struct cxlmb_rule linux_raw_rules[] = {
	SET(0x44, D, SECURITY_SET, "security command set (44xxh) is kernel-only"),
	SET(0x45, D, SECURITY_SET, "security command set (45xxh) is kernel-only"),
	SET(0x46, D, SECURITY_SET, "security command set (46xxh) is kernel-only"),
	OP(0x0202, D, KERNEL_ONLY, "firmware activation needs the kernel to adjust timeouts at the root"),
	OPP(0x4101, PARTITION_IMMEDIATE, D, PARTITION_IMMEDIATE,
	    "an immediate partition change moves memory under live HDM decoders"),
	OP(0x4101, D, KERNEL_ONLY, "partition changes are coordinated with HDM decoders by the kernel"),
	OP(0x4103, D, KERNEL_ONLY, "the kernel caches the label storage area"),
	OP(0x4204, D, KERNEL_ONLY, "the kernel owns the clean/dirty shutdown state"),
	RANGE(0x4300, 0x4302, D, KERNEL_ONLY, "poison commands need the kernel's orchestration"),
	RANGE(0x4304, 0x4305, D, KERNEL_ONLY, "the kernel keeps the media error list (scan media)"),
	OPP(0x0403, CLEAR_LOG_NOT_VENDOR, D, CLEAR_LOG,
	    "only the Vendor Debug log may be cleared from userspace"),
	FEATURE(f_scrub, "patrol scrub is owned by the kernel (EDAC)"),
	FEATURE(f_ecs, "DDR5 ECS is owned by the kernel (EDAC)"),
	FEATURE(f_sppr, "soft PPR is owned by the kernel (EDAC)"),
	FEATURE(f_hppr, "hard PPR is owned by the kernel (EDAC)"),
	FEATURE(f_cacheline, "cacheline sparing is owned by the kernel (EDAC)"),
	FEATURE(f_row, "row sparing is owned by the kernel (EDAC)"),
	FEATURE(f_bank, "bank sparing is owned by the kernel (EDAC)"),
	FEATURE(f_rank, "rank sparing is owned by the kernel (EDAC)"),
};

/* lockdown: only commands without effects; unknown effects refused. */
static const struct cxlmb_rule lockdown_rules[] = {
	OP(0x5300, A, TUNNEL, NULL),
	CLASS(TUNNEL, D, OPAQUE, "carries a command the policy does not unwrap: effects unknown"),
	CLASS(VENDOR, D, VENDOR, "vendor-specific command: effects unknown"),
	OPAQUE(D, OPAQUE, "no public layout: effects unknown"),
	EFF(EFF_CHANGES, D, EFFECTS,
	    "changes data, configuration, policy, security state or logs, or runs in the background"),
};

/* fabric-readonly: read switch, port, VCS and LD state (and configuration
 * space); change nothing. */
static const struct cxlmb_rule fabric_ro_rules[] = {
	OP(0x5300, A, TUNNEL, NULL),
	CLASS(TUNNEL, D, OPAQUE, "carries a command the policy does not unwrap: effects unknown"),
	OPP(0x5103, IO_READ, A, IO_READ, "a PPB configuration read"),
	OPP(0x5301, IO_READ, A, IO_READ, "an LD configuration read"),
	CLASS(VENDOR, D, VENDOR, "vendor-specific command: effects unknown"),
	OPAQUE(D, OPAQUE, "no public layout: effects unknown"),
	EFF(EFF_CHANGES, D, EFFECTS, "changes switch, port, VCS, LD or device state"),
	CLASS(READ, A, READ, NULL),
};

/* fabric-admin: also bind/unbind, port control, LD allocation, QoS and
 * dynamic capacity; a component's own configuration and events with a
 * taint; firmware, media, security and poison refused. */
static const struct cxlmb_rule fabric_admin_rules[] = {
	OP(0x5300, A, TUNNEL, NULL),
	CLASS(TUNNEL, D, OPAQUE, "carries a command the policy does not unwrap: effects unknown"),
	OPP(0x5302, IO_WRITE, D, IO_WRITE,
	    "a CXL.io memory write can reach a device's mailbox registers, carrying a command no policy sees"),
	OPP(0x5103, IO_WRITE, T, IO_WRITE, "a configuration write (DOE mailboxes carry protocols the policy cannot see)"),
	OPP(0x5301, IO_WRITE, T, IO_WRITE, "a configuration write (DOE mailboxes carry protocols the policy cannot see)"),
	CLASS(VENDOR, D, VENDOR, "vendor-specific command: effects unknown"),
	OPAQUE(T, OPAQUE, "no public layout: effects unknown"),
	CLASS(FABRIC, A, FABRIC, NULL),
	CLASS(READ, A, READ, NULL),
	CLASS(CONFIG, T, NOT_FABRIC, "changes a component's own configuration"),
	CLASS(EVENTS, T, NOT_FABRIC, "changes a component's event logs or their notification"),
};

/* cel: the target's own CEL decides (policy.h CEL mode): listed without
 * effects passes, configuration/policy/log/background effects pass with a
 * taint, data or security effects (or unknown ones) are refused. */
static const struct cxlmb_rule cel_rules[] = {
	OP(0x5300, A, TUNNEL, NULL),
	CLASS(TUNNEL, D, OPAQUE, "carries a command the policy does not unwrap: effects unknown"),
	EFF(0xF000u | 0x0004u | 0x0020u, D, EFFECTS,
	    "its effects (catalog or CEL) change data or security state, or are unknown"),
	EFF(EFF_CHANGES, T, EFFECTS,
	    "its effects (catalog or CEL) change configuration, policy or logs, or run in the background"),
};

#define N(a) (sizeof(a) / sizeof((a)[0]))
static const struct cxlmb_policy profiles[] = {
	{ "linux-raw", linux_raw_rules, N(linux_raw_rules), T, R(RAW),
	  "raw command: the kernel allows it and taints itself", false, NULL, 0 },
	{ "lockdown", lockdown_rules, N(lockdown_rules), A, R(READ), "no effects", false, NULL,
	  0 },
	{ "fabric-readonly", fabric_ro_rules, N(fabric_ro_rules), D, R(NOT_FABRIC),
	  "not a read of switch, port, VCS or LD state", false, NULL, 0 },
	{ "fabric-admin", fabric_admin_rules, N(fabric_admin_rules), D, R(NOT_FABRIC),
	  "not fabric administration (firmware, media, security, poison)", false, NULL, 0 },
	{ "cel", cel_rules, N(cel_rules), A, R(READ), "the CEL lists it without effects", true,
	  NULL, 0 },
};
#define CEL_PROFILE 4u

static bool str_eq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

const struct cxlmb_policy *cxlmb_policy_profile(const char *name)
{
	for (size_t i = 0; name && i < N(profiles); i++)
		if (str_eq(name, profiles[i].name))
			return &profiles[i];
	return NULL;
}

size_t cxlmb_policy_profile_count(void)
{
	return N(profiles);
}

const struct cxlmb_policy *cxlmb_policy_profile_at(size_t i)
{
	return i < N(profiles) ? &profiles[i] : NULL;
}

void cxlmb_policy_cel_profile(struct cxlmb_policy *out, const struct cxlmb_policy_cel *cels,
			      size_t ncels)
{
	if (!out)
		return;
	*out = profiles[CEL_PROFILE];
	out->cels = cels;
	out->ncels = cels ? ncels : 0;
}
