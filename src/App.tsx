// The page: header and settings on top, then data | network over curves | output and metrics.

import { CompileSettings } from './ui/app/CompileSettings.tsx';
import { DataPanel } from './ui/app/DataPanel.tsx';
import { FitSettings } from './ui/app/FitSettings.tsx';
import { Header } from './ui/app/Header.tsx';
import { LossChart } from './ui/app/LossChart.tsx';
import { MetricsPanel } from './ui/app/MetricsPanel.tsx';
import { NetworkPanel } from './ui/app/NetworkPanel.tsx';
import { NoticeList } from './ui/app/NoticeList.tsx';
import { OutputPanel } from './ui/app/OutputPanel.tsx';
import { DivergenceAlert, WorkerErrorAlert } from './ui/app/TrainingAlerts.tsx';
import { useKeyboardShortcuts } from './ui/app/useKeyboardShortcuts.ts';

export function App() {
  useKeyboardShortcuts();
  return (
    <div className="app">
      <Header />
      <div className="settings-bar">
        <CompileSettings />
        <FitSettings />
      </div>
      <div className="messages">
        <DivergenceAlert />
        <WorkerErrorAlert />
        <NoticeList />
      </div>
      <main className="workspace">
        <DataPanel />
        <NetworkPanel />
        <div className="results">
          <OutputPanel />
          <MetricsPanel />
        </div>
        <LossChart />
      </main>
    </div>
  );
}
