import { DefaultLogger, Runtime, makeTelemetryFilterString } from '@temporalio/worker';

// Each test file's process: the SDK's worker lifecycle lines at INFO would bury a failure.
// The core logs errors only; deliberate failures (a broken replay, a killed server) make it warn.
Runtime.install({
  logger: new DefaultLogger('WARN'),
  telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR', other: 'ERROR' }), forward: {} } },
});
