import { DefaultLogger, type LogLevel, Runtime, makeTelemetryFilterString } from '@temporalio/worker';

// Each test file's process: the SDK's worker lifecycle lines at INFO would bury a failure. The fault
// scenarios provoke warnings on purpose (an outage makes every activity retry), so they print errors only.
// The core logs errors only; deliberate failures (a broken replay, a killed server) make it warn.
Runtime.install({
  logger: new DefaultLogger((process.env.TEST_SDK_LOG_LEVEL as LogLevel | undefined) ?? 'WARN'),
  telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR', other: 'ERROR' }), forward: {} } },
});
