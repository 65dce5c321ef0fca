// The page: header and settings on top, then data | network over curves | output and metrics.
// A lesson adds its panel to the workspace; the step-by-step walkthrough opens beside the graph.

import { lazy, Suspense } from 'react';
import { CompileSettings } from './ui/app/CompileSettings.tsx';
import { DataPanel } from './ui/app/DataPanel.tsx';
import { FileActions } from './ui/app/FileActions.tsx';
import { FitSettings } from './ui/app/FitSettings.tsx';
import { Header } from './ui/app/Header.tsx';
import { LossChart } from './ui/app/LossChart.tsx';
import { MetricsPanel } from './ui/app/MetricsPanel.tsx';
import { NetworkPanel } from './ui/app/NetworkPanel.tsx';
import { NoticeList } from './ui/app/NoticeList.tsx';
import { OutputPanel } from './ui/app/OutputPanel.tsx';
import { PanelBoundary } from './ui/app/PanelBoundary.tsx';
import { SessionNotice } from './ui/app/SessionNotice.tsx';
import { TrainingAlertSlot } from './ui/app/TrainingAlertSlot.tsx';
import { useCommandKeys } from './ui/useCommandKeys.ts';
import { useLessonRoute } from './ui/lessons/useLessonRoute.ts';
import { selectLessonId, useLessonStore } from './state/lessonStore.ts';
import { selectWalkthrough, useViewStore } from './state/viewStore.ts';
import { UpdateNotice } from './ui/offline/UpdateNotice.tsx';
import { selectHidden, useLockStore, type PanelId } from './state/lockStore.ts';
import { selectEmbed, selectPresenter, usePresentationStore } from './state/presentationStore.ts';
import { EmbedBar } from './ui/present/EmbedBar.tsx';
import { Worksheet } from './ui/present/Worksheet.tsx';
import './ui/present/present.css';

// Loaded on first use: most visits open neither, and together they are a large part of the code.
const Walkthrough = lazy(() => import('./ui/walkthrough/Walkthrough.tsx').then((m) => ({ default: m.Walkthrough })));
const LessonPanel = lazy(() => import('./ui/lessons/LessonPanel.tsx').then((m) => ({ default: m.LessonPanel })));

export function App() {
  useCommandKeys();
  useLessonRoute();
  const walkthrough = useViewStore(selectWalkthrough);
  const lesson = useLessonStore(selectLessonId);
  const embed = usePresentationStore(selectEmbed);
  const presenter = usePresentationStore(selectPresenter);
  // Panels a teacher's lesson leaves out.
  const hidden = useLockStore(selectHidden);
  const show = (panel: PanelId) => !hidden.has(panel);
  return (
    <div className={`app${embed ? ' is-embed' : ''}${presenter ? ' is-presenter' : ''}`}>
      {/* Each part draws on its own: one that fails is replaced by a line and "Recover"; the stores keep the session. */}
      <PanelBoundary name="header">{embed ? <EmbedBar /> : <Header />}</PanelBoundary>
      <PanelBoundary name="settings">
        <div className="settings-bar">
          {show('compile') && <CompileSettings />}
          {show('fit') && <FitSettings />}
          {!embed && <FileActions />}
        </div>
      </PanelBoundary>
      <div className="messages">
        <PanelBoundary name="messages">
          <SessionNotice />
          <TrainingAlertSlot />
          <NoticeList />
          <UpdateNotice />
        </PanelBoundary>
      </div>
      <main className={`workspace${walkthrough ? ' has-walkthrough' : ''}${lesson ? ' has-lesson' : ''}`}>
        {lesson && (
          <PanelBoundary name="lesson" area="lesson">
            <Suspense fallback={null}>
              <LessonPanel />
            </Suspense>
          </PanelBoundary>
        )}
        {show('data') && (
          <PanelBoundary name="data" area="data">
            <DataPanel />
          </PanelBoundary>
        )}
        {show('network') && (
          <PanelBoundary name="network" area="network">
            <NetworkPanel />
          </PanelBoundary>
        )}
        {walkthrough && (
          <PanelBoundary name="step-by-step" area="walk">
            <Suspense fallback={null}>
              <Walkthrough />
            </Suspense>
          </PanelBoundary>
        )}
        <PanelBoundary name="output" area="results">
          <div className="results">
            {show('output') && <OutputPanel />}
            {show('metrics') && <MetricsPanel />}
          </div>
        </PanelBoundary>
        {show('curves') && (
          <PanelBoundary name="learning curves" area="curves">
            <LossChart />
          </PanelBoundary>
        )}
      </main>
      <Worksheet />
    </div>
  );
}
