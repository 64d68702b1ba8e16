/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Host side of the CXL mailbox (CXL r3.2 §8.2.8.4 Mailbox Registers).
 *
 * Opcodes and payload bytes only: the transport knows no command, so the
 * same code can carry any doorbell mailbox with this register shape (e.g.
 * the PCIe MMPT mailbox).  The caller owns the context; nothing here sleeps
 * except through the backend's delay hook. */
#ifndef CXLMB_MBOX_H
#define CXLMB_MBOX_H

#include "backend.h"
#include "env.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Register offsets from the start of the mailbox capability (§8.2.8.4). */
#define CXLMB_MBOX_CAPS 0x00u      /* 32-bit, RO */
#define CXLMB_MBOX_CTRL 0x04u      /* 32-bit */
#define CXLMB_MBOX_CMD 0x08u       /* 64-bit */
#define CXLMB_MBOX_STATUS 0x10u    /* 64-bit, RO */
#define CXLMB_MBOX_BG_STATUS 0x18u /* 64-bit, RO */
#define CXLMB_MBOX_PAYLOAD 0x20u

/* Mailbox Capabilities (§8.2.8.4.3). */
#define CXLMB_MBOX_CAPS_PAYLOAD_SHIFT_MASK 0x1Fu /* payload = 2^n, n in 8..20 */
#define CXLMB_MBOX_CAPS_BG_IRQ (1u << 6)
/* Mailbox Control (§8.2.8.4.4). */
#define CXLMB_MBOX_CTRL_DOORBELL (1u << 0)
/* Command Register (§8.2.8.4.5): opcode 15:0, payload length 36:16.  The
 * field is 21 bits because a 1 MiB payload needs 21; QEMU models only 20. */
#define CXLMB_MBOX_CMD_OPCODE_MASK 0xFFFFull
#define CXLMB_MBOX_CMD_LEN_SHIFT 16
#define CXLMB_MBOX_CMD_LEN_MASK 0x1FFFFFull
/* Mailbox Status (§8.2.8.4.6). */
#define CXLMB_MBOX_STATUS_BG (1ull << 0)
#define CXLMB_MBOX_STATUS_RC_SHIFT 32
#define CXLMB_MBOX_STATUS_VS_SHIFT 48
/* Background Command Status (§8.2.8.4.7). */
#define CXLMB_MBOX_BG_OPCODE_MASK 0xFFFFull
#define CXLMB_MBOX_BG_PCT_SHIFT 16
#define CXLMB_MBOX_BG_PCT_MASK 0x7Full
#define CXLMB_MBOX_BG_RC_SHIFT 32
#define CXLMB_MBOX_BG_VS_SHIFT 48
/* Memory Device Status (§8.2.8.5.1.1). */
#define CXLMB_MEMDEV_STATUS_FATAL (1ull << 0)
#define CXLMB_MEMDEV_STATUS_FW_HALT (1ull << 1)
#define CXLMB_MEMDEV_STATUS_MBOX_READY (1ull << 4)

/* Return codes (§8.2.8.4.5.1, Table 8-34). */
#define CXLMB_RC_SUCCESS 0x0000u
#define CXLMB_RC_BACKGROUND 0x0001u
#define CXLMB_RC_INVALID_INPUT 0x0002u
#define CXLMB_RC_UNSUPPORTED 0x0003u
#define CXLMB_RC_INTERNAL 0x0004u
#define CXLMB_RC_RETRY 0x0005u
#define CXLMB_RC_BUSY 0x0006u
#define CXLMB_RC_MEDIA_DISABLED 0x0007u
#define CXLMB_RC_FW_IN_PROGRESS 0x0008u
#define CXLMB_RC_FW_OUT_OF_ORDER 0x0009u
#define CXLMB_RC_FW_VERIFY_FAILED 0x000Au
#define CXLMB_RC_INVALID_SLOT 0x000Bu
#define CXLMB_RC_FW_ROLLED_BACK 0x000Cu
#define CXLMB_RC_FW_COLD_RESET 0x000Du
#define CXLMB_RC_INVALID_HANDLE 0x000Eu
#define CXLMB_RC_INVALID_PADDR 0x000Fu
#define CXLMB_RC_POISON_LIMIT 0x0010u
#define CXLMB_RC_PERMANENT_MEDIA 0x0011u
#define CXLMB_RC_ABORTED 0x0012u
#define CXLMB_RC_INVALID_SECURITY_STATE 0x0013u
#define CXLMB_RC_INCORRECT_PASSPHRASE 0x0014u
#define CXLMB_RC_UNSUPPORTED_MBOX 0x0015u
#define CXLMB_RC_INVALID_PAYLOAD_LEN 0x0016u
#define CXLMB_RC_INVALID_LOG 0x0017u
#define CXLMB_RC_INTERRUPTED 0x0018u
#define CXLMB_RC_FEATURE_VERSION 0x0019u
#define CXLMB_RC_FEATURE_SELECTION 0x001Au
#define CXLMB_RC_FEATURE_XFER_IN_PROGRESS 0x001Bu
#define CXLMB_RC_FEATURE_XFER_OUT_OF_ORDER 0x001Cu
#define CXLMB_RC_RESOURCES_EXHAUSTED 0x001Du
#define CXLMB_RC_INVALID_EXTENT_LIST 0x001Eu
#define CXLMB_RC_XFER_OUT_OF_ORDER 0x001Fu
#define CXLMB_RC_ABORT_UNSUPPORTED 0x0020u

#define CXLMB_OPCODE_REQUEST_ABORT 0x0005u

struct cxlmb_mbox_config {
	uint32_t mbox_off;          /* mailbox registers within the block */
	uint32_t mbox_len;          /* bytes of the region backing them, from
				     * mbox_off (required: registers + payload) */
	uint32_t memdev_status_off; /* Memory Device Status register */
	bool has_memdev_status;     /* false for a switch CCI: no readiness bit */
	uint64_t cmd_timeout_ns;    /* doorbell budget per command */
	uint64_t ready_timeout_ns;  /* mailbox-ready budget at init */
	uint64_t poll_ns;           /* delay between polls (with delay_ns) */
	uint64_t poll_cost_ns;      /* least time one poll takes, counted when
				     * the backend has neither clock nor delay */
};

/* A clock that stays put across this many busy polls is broken (backend.h). */
#define CXLMB_MBOX_STALL_POLLS (1u << 20)

/* Linux's budgets: 2 s per command, 60 s for readiness; 10 us polls; a
 * busy poll counted as 100 ns (an MMIO read takes longer).  mbox_off and
 * mbox_len stay 0: the caller must set them.  INVALID_ARG for NULL. */
int cxlmb_mbox_config_default(struct cxlmb_mbox_config *cfg);

struct cxlmb_mbox {
	const struct cxlmb_backend_ops *ops;
	void *ctx;
	struct cxlmb_mbox_config cfg;
	uint32_t caps;
	uint32_t payload_size; /* 2^n from the capabilities, clamped to mbox_len */
	uint16_t bg_opcode;    /* the last command that started in the background */
	bool bg_known;         /* bg_opcode is set */
	bool idle_known;       /* the last command ended cleanly with the
				* doorbell seen clear: the next one need not
				* read it first (init: false) */
};

struct cxlmb_mbox_result {
	uint16_t rc;            /* device return code */
	uint16_t vendor_status; /* vendor-specific extended status */
	uint32_t out_len;       /* output length the device reported */
	uint32_t copied;        /* bytes copied to the caller */
	bool bg_started;        /* rc 0001h: running in the background */
};

struct cxlmb_bg_status {
	uint16_t opcode;
	uint8_t percent;
	uint16_t rc;
	uint16_t vendor_status;
	bool running; /* Mailbox Status bit 0 */
};

/* Validate the capabilities (payload 256 B..1 MiB) and wait for readiness.
 * cfg->mbox_len is required (0: INVALID_ARG); the payload size is the
 * smaller of what the capabilities say and what mbox_len leaves after the
 * registers (at least 256 bytes, else BAD_PAYLOAD_SIZE), so no payload
 * access leaves the region. */
int cxlmb_mbox_init(struct cxlmb_mbox *mb, const struct cxlmb_backend_ops *ops, void *ctx,
		    const struct cxlmb_mbox_config *cfg);

/* Run one command.  A device return code other than Success is not a
 * transport error: it is in res->rc (see cxlmb_mbox_result_err).
 * DOORBELL_BUSY when the doorbell is already set before anything is
 * written.  The context must be the only one driving the mailbox: the
 * doorbell is read first on the first command and after any error,
 * timeout or abort, and skipped after a command that ended cleanly (the
 * host alone sets it, and this context saw it clear).  With the bulk
 * hooks absent the payload moves in 8-byte accesses (4-byte ones for a
 * short tail or an area not 8-aligned in the block).  So a command costs
 * one Command write, one doorbell write, the doorbell polls until one
 * reads clear, one Mailbox Status read, one Command read (Success or
 * Background started) and ceil(len / 8) accesses per payload. */
int cxlmb_mbox_send(struct cxlmb_mbox *mb, uint16_t opcode, const void *in, size_t in_len,
		    void *out, size_t out_cap, struct cxlmb_mbox_result *res);

/* CXLMB_E_OK for Success or Background started, else CXLMB_E_DEVICE_RC
 * (INVALID_ARG for NULL). */
int cxlmb_mbox_result_err(const struct cxlmb_mbox_result *res);

/* One sample that cannot tear: Mailbox Status first, then Background
 * Command Status.  A sample that says "not running" was therefore taken
 * after the operation ended; its Background Command Status is read twice
 * more until two reads agree (BG_INCONSISTENT if they never do). */
int cxlmb_mbox_bg_status(struct cxlmb_mbox *mb, struct cxlmb_bg_status *st);
/* Poll until no background operation runs (BG_TIMEOUT after timeout_ns,
 * measured as backend.h says).  An operation that ended is CXLMB_E_OK with
 * its return code in st->rc; BG_INCONSISTENT when it ended for another
 * opcode than the last one this transport saw start in the background, or
 * claims Success below 100%. */
int cxlmb_mbox_bg_wait(struct cxlmb_mbox *mb, uint64_t timeout_ns, struct cxlmb_bg_status *st);
/* Request Abort Background Operation (0005h). */
int cxlmb_mbox_bg_abort(struct cxlmb_mbox *mb, struct cxlmb_mbox_result *res);

/* Name of a return code ("INVALID_INPUT"), or "UNKNOWN_RC". */
const char *cxlmb_mbox_rc_name(uint16_t rc);

#ifdef __cplusplus
}
#endif

#endif
