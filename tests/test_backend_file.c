/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* file:PATH[@OFFSET]: a register block written out by the simulator.
 * Discovery and readiness on the bare file; commands through a device
 * behind the shared file (backend_fixture.h); refusals of bad specs. */
#include "backend_fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

static char path[300], spec[400], err[512];

static int setup(void **state)
{
	(void)state;
	fx_mkdtemp();
	snprintf(path, sizeof(path), "%s/regs.bin", fx_dir);
	err[0] = 0;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	fx_rmtree();
	return 0;
}

/* A simulator of the given variant and quirks, dumped at offset. */
static void dump(uint32_t variant, uint32_t quirks, uint64_t offset, struct cxlmb_sim_config *out)
{
	struct cxlmb_sim s;
	struct cxlmb_sim_config c;
	cxlmb_sim_config_default(&c);
	c.variant = variant;
	c.quirks = quirks;
	assert_int_equal(cxlmb_sim_init(&s, &c), 0);
	/* the dump is the raw block: the not-ready quirk acts on reads, so
	 * clear the ready bit in the bytes themselves */
	if (quirks & CXLMB_SIM_Q(NOT_READY))
		cxlmb_sim_poke64(&s, CXLMB_SIM_MEMDEV_STATUS_OFF,
				 cxlmb_sim_peek64(&s, CXLMB_SIM_MEMDEV_STATUS_OFF) &
					 ~(uint64_t)CXLMB_MEMDEV_STATUS_MBOX_READY);
	assert_int_equal(cxlmb_sim_dump(&s, path, offset, offset + 0x2000), 0);
	cxlmb_sim_fini(&s);
	if (out)
		*out = c;
}

static void test_discovers_a_dumped_block_at_an_offset(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	struct cxlmb_mbox mb;

	dump(CXLMB_SIM_TYPE3, 0, 0x3000, NULL);
	snprintf(spec, sizeof(spec), "%s@0x3000", path);
	assert_int_equal(cxlmb_file_open(spec, NULL, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(d.offset, 0x3000);
	assert_int_equal(d.io.len, 0x2000);
	assert_int_equal(d.regs.count, 3);
	assert_int_equal(d.mcfg.mbox_off, CXLMB_SIM_MBOX_OFF);
	assert_true(d.mcfg.has_memdev_status);
	assert_false(d.is_switch_cci);
	/* the ready bit is in the file: readiness needs no device */
	assert_int_equal(cxlmb_hostdev_mbox_init(&d, &mb, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(mb.payload_size, 2048);
	cxlmb_hostdev_close(&d);
	/* decimal offsets too */
	snprintf(spec, sizeof(spec), "%s@12288", path);
	assert_int_equal(cxlmb_file_open(spec, NULL, &d, err, sizeof(err)), CXLMB_HOST_OK);
	cxlmb_hostdev_close(&d);
}

static void test_not_ready_and_unanswered(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_host_opts o = { .ready_timeout_ms = 5, .cmd_timeout_ms = 5 };
	uint8_t out[64], regs[0x200];
	FILE *f;

	dump(CXLMB_SIM_TYPE3, CXLMB_SIM_Q(NOT_READY), 0, NULL);
	assert_int_equal(cxlmb_file_open(path, &o, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(cxlmb_hostdev_mbox_init(&d, &mb, err, sizeof(err)), CXLMB_HOST_DEVICE);
	assert_non_null(strstr(err, "MBOX_NOT_READY"));
	cxlmb_hostdev_close(&d);

	/* nothing behind a plain file clears the doorbell: the command times
	 * out, and the file holds what the backend wrote */
	dump(CXLMB_SIM_TYPE3, 0, 0, NULL);
	assert_int_equal(cxlmb_file_open(path, &o, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(cxlmb_hostdev_mbox_init(&d, &mb, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res), CXLMB_E_TIMEOUT);
	cxlmb_hostdev_close(&d);
	assert_non_null(f = fopen(path, "rb"));
	assert_int_equal(fread(regs, 1, sizeof(regs), f), sizeof(regs));
	fclose(f);
	assert_int_equal(fx_get32(regs + CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CTRL) & 1, 1);
	assert_int_equal(fx_get32(regs + CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CMD), 0x4000);
}

static void test_switch_cci_block_answers(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_sim_config c;
	struct cxlmb_identify_rsp id;
	uint8_t out[256];

	dump(CXLMB_SIM_SWITCH, 0, 0x1000, &c);
	pid_t dev = fx_device_start(path, 0x1000, &c);
	assert_true(dev > 0);
	snprintf(spec, sizeof(spec), "%s@0x1000", path);
	assert_int_equal(cxlmb_file_open(spec, NULL, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_true(d.is_switch_cci);
	assert_false(d.mcfg.has_memdev_status);
	assert_int_equal(cxlmb_hostdev_mbox_init(&d, &mb, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, NULL, 0, out, sizeof(out), &res), CXLMB_E_OK);
	assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_identify_rsp_decode(out, res.copied, CXLMB_LENIENT, &id), 0);
	assert_int_equal(id.component_type, 0x00); /* a switch */
	cxlmb_hostdev_close(&d);
	fx_device_stop(dev);
}

static void expect_refusal(const char *s, const char *words)
{
	struct cxlmb_hostdev d;
	assert_int_equal(cxlmb_file_open(s, NULL, &d, err, sizeof(err)), CXLMB_HOST_REFUSED);
	if (!strstr(err, words))
		fail_msg("refusal '%s' does not say '%s'", err, words);
	assert_null(strchr(err, '\n'));
	assert_null(d.io.map);
}

static void test_refusals(void **state)
{
	(void)state;
	dump(CXLMB_SIM_TYPE3, 0, 0, NULL);
	expect_refusal("", "needs a path");
	expect_refusal("@0x10", "needs a path");
	snprintf(spec, sizeof(spec), "%s@zz", path);
	expect_refusal(spec, "bad offset 'zz'");
	snprintf(spec, sizeof(spec), "%s@-1", path);
	expect_refusal(spec, "bad offset '-1'");
	snprintf(spec, sizeof(spec), "%s@0x100000", path);
	expect_refusal(spec, "outside");
	snprintf(spec, sizeof(spec), "%s/absent", fx_dir);
	expect_refusal(spec, "No such file");
	expect_refusal(fx_dir, "Is a directory");
	expect_refusal("/dev/null", "not a regular file");
	/* the block's capabilities reach past the end of the file */
	assert_int_equal(truncate(path, 0x300), 0);
	expect_refusal(path, "shorter than the register block");
	snprintf(spec, sizeof(spec), "%s@0x2F0", path);
	expect_refusal(spec, "shorter than the register block");
}

static void test_a_malformed_block_is_a_device_error(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	uint8_t junk[0x1000];
	memset(junk, 0xA5, sizeof(junk));
	fx_write_file(path, junk, sizeof(junk));
	assert_int_equal(cxlmb_file_open(path, NULL, &d, err, sizeof(err)), CXLMB_HOST_DEVICE);
	assert_non_null(strstr(err, "Device Capabilities Array"));
	assert_null(d.io.map);
}

/* Registers see aligned 32/64-bit accesses only: no byte copies into the
 * payload area, nothing misaligned, nothing past the mapped block. */
static void test_register_access_discipline(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	uint32_t v32;
	uint64_t v64;

	assert_null(cxlmb_mmio_ops.read_bytes);
	assert_null(cxlmb_mmio_ops.write_bytes);
	dump(CXLMB_SIM_TYPE3, 0, 0, NULL);
	assert_int_equal(cxlmb_file_open(path, NULL, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(cxlmb_mmio_ops.read64(&d.io, 0, &v64), 0);
	assert_true(v64 == 0x0000000300010000ull); /* the array header, one 64-bit load */
	assert_int_equal(cxlmb_mmio_ops.read32(&d.io, CXLMB_SIM_MBOX_OFF, &v32), 0);
	assert_int_equal(v32, 11);                  /* payload 2^11 */
	assert_int_equal(cxlmb_mmio_ops.read32(&d.io, 2, &v32), CXLMB_E_BACKEND);
	assert_int_equal(cxlmb_mmio_ops.read64(&d.io, 4, &v64), CXLMB_E_BACKEND);
	assert_int_equal(cxlmb_mmio_ops.write32(&d.io, 1, 0), CXLMB_E_BACKEND);
	assert_int_equal(cxlmb_mmio_ops.write64(&d.io, 12, 0), CXLMB_E_BACKEND);
	assert_int_equal(cxlmb_mmio_ops.read32(&d.io, d.io.len, &v32), CXLMB_E_BACKEND);
	assert_int_equal(cxlmb_mmio_ops.read64(&d.io, d.io.len - 4, &v64), CXLMB_E_BACKEND);
	assert_int_equal(cxlmb_mmio_ops.write32(&d.io, d.io.len - 4, 0xA5A5A5A5u), 0);
	assert_int_equal(cxlmb_mmio_ops.read32(&d.io, d.io.len - 4, &v32), 0);
	assert_int_equal(v32, 0xA5A5A5A5u);
	cxlmb_hostdev_close(&d);
	assert_int_equal(cxlmb_mmio_ops.read32(&d.io, 0, &v32), CXLMB_E_BACKEND); /* closed */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_discovers_a_dumped_block_at_an_offset, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_ready_and_unanswered, setup, teardown),
		cmocka_unit_test_setup_teardown(test_switch_cci_block_answers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_malformed_block_is_a_device_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_register_access_discipline, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
