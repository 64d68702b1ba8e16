/* Simulated CXL device: a register block in memory plus a device model
 * that answers mailbox commands with the core's own codecs.
 *
 * The register block is a real CXL device register block (Device
 * Capabilities Array, Device Status, Primary Mailbox, Memory Device Status),
 * so discovery and the transport run against it unchanged.  Time is virtual:
 * delay_ns advances it, nothing sleeps. */
#ifndef CXLMB_SIM_H
#define CXLMB_SIM_H

#include "cxlmb/cxlmb.h"

/* Register block layout (offsets within the block). */
#define CXLMB_SIM_DEV_STATUS_OFF 0x080u
#define CXLMB_SIM_MEMDEV_STATUS_OFF 0x0C0u
#define CXLMB_SIM_MBOX_OFF 0x100u
#define CXLMB_SIM_REGS_LEN (CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_PAYLOAD)

/* Quirks: deliberate misbehaviour, one bit each (names in sim_quirks.c). */
#define CXLMB_SIM_QUIRKS(X)                                                                   \
	X(STUCK_DOORBELL, "stuck-doorbell", "never clears the doorbell")                         \
	X(OUTPUT_OVERFLOW, "output-overflow", "reports an output length beyond the payload area") \
	X(FORCE_RC, "force-rc", "answers every command with the configured return code")         \
	X(BG_NEVER_COMPLETES, "bg-never-completes", "background progress stops at 50%")          \
	X(IGNORE_ABORT, "ignore-abort", "acknowledges abort but keeps running")                   \
	X(NOT_READY, "not-ready", "Memory Device Status never reports the mailbox ready")

enum cxlmb_sim_quirk_bit {
#define CXLMB_SIM_Q_BIT(id, name, desc) CXLMB_SIM_QB_##id,
	CXLMB_SIM_QUIRKS(CXLMB_SIM_Q_BIT)
#undef CXLMB_SIM_Q_BIT
	CXLMB_SIM_QUIRK_COUNT
};
#define CXLMB_SIM_Q(id) (1u << CXLMB_SIM_QB_##id)

struct cxlmb_sim_config {
	uint32_t payload_shift; /* payload = 2^shift bytes, 8..20 (default 11: 2 KiB) */
	uint32_t quirks;        /* CXLMB_SIM_Q(...) bits */
	uint16_t forced_rc;     /* for FORCE_RC */
	uint64_t sanitize_ns;   /* virtual duration of Sanitize (default 10 ms) */
};

struct cxlmb_sim_bg {
	bool running;
	uint16_t opcode;
	uint8_t percent;
	uint16_t rc;
	uint64_t start_ns, duration_ns;
};

struct cxlmb_sim {
	struct cxlmb_sim_config cfg;
	uint8_t *regs;          /* the register block (allocated once, at init) */
	uint32_t regs_len;
	uint32_t payload_size;
	uint32_t payload_dirty; /* high-water mark of payload bytes written */
	uint64_t now_ns;        /* virtual clock */
	uint8_t rsp_msg_limit;
	struct cxlmb_sim_bg bg;
	uint64_t commands;      /* commands executed */
	uint8_t cel[256];       /* Command Effects Log, generated at init */
	uint32_t cel_len;
	uint8_t log_entry[CXLMB_SUPPORTED_LOG_ENTRY_LEN]; /* Get Supported Logs entry */
};

void cxlmb_sim_config_default(struct cxlmb_sim_config *cfg);
/* Allocates the register block once; everything after is allocation-free. */
int cxlmb_sim_init(struct cxlmb_sim *s, const struct cxlmb_sim_config *cfg);
void cxlmb_sim_fini(struct cxlmb_sim *s);
/* Back to power-on state; costs O(bytes touched), not O(block size). */
void cxlmb_sim_reset(struct cxlmb_sim *s);

/* Register backend over the simulated block (ctx = struct cxlmb_sim *). */
extern const struct cxlmb_backend_ops cxlmb_sim_ops;
/* Transport configuration matching the block's layout. */
void cxlmb_sim_mbox_config(const struct cxlmb_sim *s, struct cxlmb_mbox_config *cfg);

/* Raw register access without device side effects (tests, fault setup). */
void cxlmb_sim_poke32(struct cxlmb_sim *s, uint32_t off, uint32_t v);
void cxlmb_sim_poke64(struct cxlmb_sim *s, uint32_t off, uint64_t v);
uint64_t cxlmb_sim_peek64(const struct cxlmb_sim *s, uint32_t off);

/* Quirk names: lookup by name (-1 if unknown), and iteration. */
int cxlmb_sim_quirk_by_name(const char *name);
const char *cxlmb_sim_quirk_name(unsigned bit);
const char *cxlmb_sim_quirk_desc(unsigned bit);

/* Run the command in the mailbox registers (the doorbell handler). */
void cxlmb_sim_execute(struct cxlmb_sim *s);
/* Opcodes the device implements, ascending (its CEL is generated from it). */
size_t cxlmb_sim_command_count(void);
uint16_t cxlmb_sim_command_at(size_t i);

#endif
